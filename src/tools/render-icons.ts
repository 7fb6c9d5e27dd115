// npm run icons: draw the icons (SVG, from src/core/listing-kind.ts's colours) and export the PNGs the stores
// and toolbars need (public/icons). The toolbar shows a neutral shield until a tab shows a listed page; each kind
// of listing then has its own colour and its own mark, so it never rests on colour alone; a blue dot on the grey
// shield asks the user to allow the listed sites. Uses the Chromium the
// end-to-end tests use; the PNGs are committed, so builds do not need a browser.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { KIND_LOOK } from '../core/listing-kind.ts';

const root = join(import.meta.dirname, '..', '..');

// The shield and the marks on a 16-unit grid, so the 16 px icon lands on whole pixels; larger sizes scale it.
const SHIELD = 'M8 0.75 L14.75 3 V7.5 C14.75 11.5 12 13.9 8 15.25 C4 13.9 1.25 11.5 1.25 7.5 V3 Z';
const MARKS: Record<string, string> = {
  '!': '<rect x="6.5" y="3" width="3" height="6.5" rx="1" fill="#fff"/><rect x="6.5" y="10.75" width="3" height="2.5" rx="1" fill="#fff"/>',
  '?': '<path d="M5.5 5.6 C5.5 3.9 6.6 3.1 8 3.1 C9.5 3.1 10.5 4 10.5 5.3 C10.5 6.9 8.6 7.2 8.3 8.7 V9.6" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/><rect x="7" y="10.9" width="2.6" height="2.4" rx="1" fill="#fff"/>',
  // Reported, not confirmed: the takedown mark with a question beside it.
  '!?': '<rect x="3.9" y="3" width="2.4" height="6.5" rx="1" fill="#fff"/><rect x="3.9" y="10.75" width="2.4" height="2.5" rx="1" fill="#fff"/><path d="M8.3 5.4 C8.3 3.9 9.2 3.1 10.4 3.1 C11.7 3.1 12.5 3.9 12.5 5.1 C12.5 6.6 10.9 6.9 10.7 8.5 V9.5" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round"/><rect x="9.5" y="10.75" width="2.4" height="2.5" rx="1" fill="#fff"/>',
  i: '<rect x="6.6" y="2.8" width="2.8" height="2.6" rx="1" fill="#fff"/><rect x="6.6" y="6.4" width="2.8" height="6.9" rx="1" fill="#fff"/>',
  '~': '<path d="M4.2 8.6 C5.2 6.6 6.6 6.6 8 8 C9.4 9.4 10.8 9.4 11.8 7.4" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>',
  // Nothing listed: a plain grey shield, quiet on light and dark toolbars alike (not a "safe" sign: unlisted is not safe).
  neutral: '',
  // Listed sites wait for the user's answer: a small blue dot in the corner, the usual sign that an app has something
  // to show, so that it is not read as a mark about the site in the tab (every tab shows it).
  ask: '<circle cx="12" cy="4" r="3.4" fill="#1d5fb8" stroke="#fff" stroke-width="1.2"/>',
};

function svg(colour: string, mark: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="${SHIELD}" fill="${colour}" stroke="#fff" stroke-width="1" stroke-linejoin="round"/>${MARKS[mark]}</svg>`;
}

const icons: { name: string; svg: string; sizes: number[] }[] = [
  // The extension's own icon (stores, the extensions page): the takedown shield.
  { name: 'icon', svg: svg(KIND_LOOK.takedown.colour, '!'), sizes: [16, 32, 48, 96, 128] },
  { name: 'icon-neutral', svg: svg('#5b6068', 'neutral'), sizes: [16, 32] },
  { name: 'icon-ask', svg: svg('#5b6068', 'ask'), sizes: [16, 32] },
  ...Object.values(KIND_LOOK).map((look) => ({
    name: `icon-${look.icon}`,
    svg: svg(look.colour, look.mark),
    sizes: [16, 32],
  })),
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const icon of icons) {
  writeFileSync(join(root, 'src', 'assets', `${icon.name}.svg`), `${icon.svg}\n`);
  for (const size of icon.sizes) {
    await page.setViewportSize({ width: size, height: size });
    const uri = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
    await page.setContent(
      `<style>*{margin:0}img{display:block}</style><img src="${uri}" width="${size}" height="${size}">`,
    );
    await page
      .locator('img')
      .screenshot({ path: join(root, 'public', 'icons', `${icon.name}-${size}.png`), omitBackground: true });
  }
}
await browser.close();
