// A website must not be able to drive our pages. A hostile page on an unlisted host puts each extension page in a
// frame over its whole window (as a clickjacking page hides one under its own button), clicks everywhere in it,
// presses Tab and Enter through it and keeps posting messages to it. Afterwards the stored settings and
// exceptions and the declarative rules are exactly as before, and the listed host is still stopped.
import { describe, expect } from 'vitest';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { EXTENSION_API, waitFor, type Driver } from './support/driver.ts';
import { CLEAN, CONFIRMED } from './support/hosts.ts';
import { rulesInPlace } from './support/settings.ts';
import { browserSuite } from './support/suite.ts';

const PAGES = [
  `/src/warning/index.html#http://${CONFIRMED}/`,
  '/src/popup/index.html',
  '/src/options/index.html',
  '/src/catalogue/index.html',
  '/src/welcome/index.html',
];

/** Everything a website would want to change: stored settings and exceptions, and the browser's rules. */
const state = (driver: Driver) =>
  driver.inExtension<string>(`Promise.all([
  ${EXTENSION_API}.storage.local.get(null),
  ${EXTENSION_API}.declarativeNetRequest.getDynamicRules(),
  ${EXTENSION_API}.declarativeNetRequest.getSessionRules(),
]).then((all) => JSON.stringify(all))`);

for (const browser of BROWSERS) {
  describe(`${browser.name}: a hostile page frames each extension page`, () => {
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US' });

    s.step(
      'clicks, keys and messages in the frame change nothing, and the listed host is still stopped',
      async () => {
        const driver = s.driver;
        await rulesInPlace(driver);
        const before = await state(driver);
        const tab = driver.testTab();
        await tab.setViewport(1000, 760);
        const navigatedAway: string[] = [];
        const onHostilePage = async () => {
          const now = await driver.currentUrl();
          return now.startsWith('http') && new URL(now).hostname === CLEAN ? '' : now || '(no address)';
        };
        for (const path of PAGES) {
          const hostile = driver.url(
            CLEAN,
            `/hostile-frame?src=${encodeURIComponent(`${driver.extensionBase}${path}`)}`,
          );
          const open = async () => {
            await driver.visit(hostile);
            await waitFor(
              `${browser.name}: hostile page posting messages`,
              () => tab.evaluate<string>('document.title'),
              (t) => /^hostile [1-9]/.test(t),
            );
            await new Promise((r) => setTimeout(r, 800));
          };
          await open();
          // Every 50 px across the frame: any button of ours that rendered there would be pressed. When a press
          // takes the tab away from the hostile page, that is noted and the hostile page comes back, so that the
          // buttons further down are pressed too.
          for (let y = 10; y < 760; y += 50) {
            for (let x = 10; x < 1000; x += 50) {
              await tab.clickAt(x, y);
              const away = await onHostilePage();
              if (away) {
                navigatedAway.push(`${path}: click at ${x},${y} → ${away}`);
                await open();
              }
            }
          }
          await tab.clickAt(500, 380);
          for (let i = 0; i < 12; i++) {
            await tab.press('Tab');
            await tab.press('Enter');
          }
          const away = await onHostilePage();
          if (away) navigatedAway.push(`${path}: Tab and Enter → ${away}`);
        }
        const after = await state(driver);
        const summary = (json: string) => {
          const [stored, dynamic, session] = JSON.parse(json) as [Record<string, unknown>, unknown[], unknown[]];
          return {
            stored: JSON.stringify(stored).slice(0, 300),
            dynamicRules: dynamic.length,
            sessionRules: session.length,
          };
        };
        console.log(
          `${browser.name} framing result`,
          JSON.stringify({
            stateUnchanged: after === before,
            navigatedAway,
            before: summary(before),
            after: summary(after),
          }),
        );
        expect(navigatedAway, 'pages that navigated the hostile page away').toEqual([]);
        expect(after, 'settings, exceptions and rules after the hostile pages').toBe(before);
        await tab.evaluate(`location.assign(${JSON.stringify(driver.url(CONFIRMED, '/after-hostile'))})`);
        await waitFor(
          `${browser.name}: listed host still stopped`,
          () => driver.currentUrl(),
          (u) => u.includes('/src/warning/'),
        );
      },
      240_000,
    );
  });
}
