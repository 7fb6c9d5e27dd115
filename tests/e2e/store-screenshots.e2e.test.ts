// The store screenshots (1280×800, as the Chrome Web Store asks), taken from the real extension in both browsers:
// the full-page warning in English and Dutch, the notice on a reported page, the catalogue and the welcome page.
// npm run release copies them from test-results/store-screenshots into the release.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { EXTENSION_API, waitFor, type TabHandle } from './support/driver.ts';
import { CLEAN, CONFIRMED, REPORTED } from './support/hosts.ts';
import { ROOT } from './support/paths.ts';
import { noticeShown } from './support/notice.ts';
import { rulesInPlace } from './support/settings.ts';
import { browserSuite } from './support/suite.ts';

export const STORE_SCREENSHOTS = join(ROOT, 'test-results', 'store-screenshots');
const WIDTH = 1280;
const HEIGHT = 800;

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function shoot(tab: TabHandle, name: string): Promise<void> {
  mkdirSync(STORE_SCREENSHOTS, { recursive: true });
  const file = join(STORE_SCREENSHOTS, `${name}.png`);
  await tab.screenshot(file, false);
  expect(pngSize(file), name).toEqual({ width: WIDTH, height: HEIGHT });
}

for (const browser of BROWSERS) {
  describe(`${browser.name}: store screenshots`, () => {
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US' });
    const setLanguage = (language: 'nl' | 'en') =>
      s.driver.inExtension(
        `${EXTENSION_API}.storage.local.get('settings').then((r) => ${EXTENSION_API}.storage.local.set({ settings: { ...(r.settings ?? {}), language: '${language}' } }))`,
      );

    s.step('the full-page warning, in English and in Dutch', async () => {
      const tab = s.driver.testTab();
      await tab.setViewport(WIDTH, HEIGHT);
      await rulesInPlace(s.driver);
      await s.driver.visit(s.driver.url(CLEAN, '/'));
      await tab.evaluate(`location.assign(${JSON.stringify(s.driver.url(CONFIRMED, '/'))})`);
      await waitFor(
        `${browser.name}: warning shown`,
        async () => [await s.driver.currentUrl(), await s.driver.testTab().exists('#warning-heading')],
        ([u, shown]) => String(u).includes('/src/warning/') && shown === true,
      );
      expect(await tab.text('h1')).toContain('taken down');
      await shoot(tab, `${browser.name}-warning-en`);
      await setLanguage('nl');
      await tab.evaluate('location.reload()');
      await waitFor(
        `${browser.name}: warning in Dutch`,
        () => tab.evaluate<string>('document.documentElement.lang'),
        (l) => l === 'nl',
      );
      await waitFor(`${browser.name}: warning shown again`, () => tab.exists('#warning-heading'), Boolean);
      await shoot(tab, `${browser.name}-warning-nl`);
      await setLanguage('en');
    });

    s.step('the notice on a reported page', async () => {
      const tab = s.driver.testTab();
      await s.driver.visit(s.driver.url(REPORTED, '/'));
      await waitFor(`${browser.name}: notice shown`, () => noticeShown(s.driver), Boolean, 15_000);
      await new Promise((r) => setTimeout(r, 500));
      await shoot(tab, `${browser.name}-notice-en`);
    });

    s.step('the catalogue and the welcome page', async () => {
      for (const [path, name, ready] of [
        ['/src/catalogue/index.html', 'catalogue', '#results > li'],
        ['/src/welcome/index.html', 'welcome', 'h1'],
      ] as const) {
        const page = await s.driver.openExtensionPage(path);
        await page.setViewport(WIDTH, HEIGHT);
        await waitFor(`${browser.name}: ${name} rendered`, () => page.exists(ready), Boolean);
        await shoot(page, `${browser.name}-${name}-en`);
        await page.close();
      }
    });
  });
}
