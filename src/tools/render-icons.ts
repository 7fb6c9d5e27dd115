// npm run icons: export the SVG icons to the PNG sizes the stores and toolbars need (public/icons).
// Uses the Chromium the end-to-end tests use; the PNGs are committed, so builds do not need a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..', '..');
const svg = (name: string) => readFileSync(join(root, 'src', 'assets', name), 'utf8');
const SIZES: [number, string][] = [[16, 'icon-small.svg'], [32, 'icon.svg'], [48, 'icon.svg'], [96, 'icon.svg'], [128, 'icon.svg']];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [size, file] of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  const uri = `data:image/svg+xml;base64,${Buffer.from(svg(file)).toString('base64')}`;
  await page.setContent(`<style>*{margin:0}img{display:block}</style><img src="${uri}" width="${size}" height="${size}">`);
  await page.locator('img').screenshot({ path: join(root, 'public', 'icons', `icon-${size}.png`), omitBackground: true });
}
await browser.close();
