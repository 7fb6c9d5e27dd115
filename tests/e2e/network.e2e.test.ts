// Network silence. The extension makes no request of its own: across a whole session (install, the permission
// step, listed and unlisted sites, every page of ours) Chromium's record of every request shows none made by the
// extension's pages or its worker for anything outside the extension. In both browsers, a connection attempted
// from an extension page (and in Chromium from the worker) to anything outside the extension is refused by the
// browser itself (connect-src 'self': the pages may read only the package's own files), and the test server sees nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import type { RecordedRequest } from './support/chromium-driver.ts';
import { CLEAN, CONFIRMED, FORMER, RELAUNCH, REPORTED } from './support/hosts.ts';
import { ROOT } from './support/paths.ts';
import { rulesInPlace } from './support/settings.ts';
import { browserSuite } from './support/suite.ts';

const PAGES = [
  '/src/popup/index.html',
  '/src/options/index.html',
  '/src/catalogue/index.html',
  '/src/welcome/index.html',
];
const ATTEMPT = (url: string) => `Promise.allSettled([
  fetch(${JSON.stringify(url)}),
  new Promise((resolve, reject) => { const x = new XMLHttpRequest(); x.open('GET', ${JSON.stringify(`${url}?xhr`)}); x.onload = resolve; x.onerror = reject; x.send(); }),
]).then((all) => all.map((r) => r.status))`;

for (const browser of BROWSERS) {
  describe(`${browser.name}: no request of the extension's own`, () => {
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US' });

    // Firefox's remote agent cannot see its background page's requests, so this record is Chromium's; in Firefox the
    // next step's refusal (the same content security policy) stands for it.
    if (browser.name === 'chromium')
      s.step(
        'a whole session: install, permission step, listed and unlisted sites, every page',
        async () => {
          const driver = s.driver;
          await rulesInPlace(driver);
          for (const host of [CLEAN, CONFIRMED, REPORTED, RELAUNCH, FORMER, CLEAN]) {
            await driver.visit(driver.url(CLEAN, '/'));
            await driver.testTab().evaluate(`location.assign(${JSON.stringify(driver.url(host, '/browse'))})`);
            await new Promise((r) => setTimeout(r, 800));
          }
          await driver.popup();
          for (const path of PAGES) await (await driver.openExtensionPage(path)).close();
          await new Promise((r) => setTimeout(r, 1500));
          const recorded = (driver as unknown as { requests: RecordedRequest[] }).requests;
          const base = driver.extensionBase;
          // A tab's navigation is the test's (it leaves our warning page for the next site), not the extension's.
          const own = recorded.filter(
            (r) =>
              r.by.startsWith(base) && !r.navigation && !r.url.startsWith(`${base}/`) && !r.url.startsWith('data:'),
          );
          mkdirSync(join(ROOT, 'test-results'), { recursive: true });
          writeFileSync(
            join(ROOT, 'test-results', `network-${browser.name}.json`),
            `${JSON.stringify(
              {
                total: recorded.length,
                byExtension: own,
                hosts: [
                  ...new Set(
                    recorded.map((r) => {
                      try {
                        return new URL(r.url).host;
                      } catch {
                        return r.url.slice(0, 40);
                      }
                    }),
                  ),
                ],
              },
              null,
              2,
            )}\n`,
          );
          expect(recorded.length, 'requests recorded at all').toBeGreaterThan(10);
          expect(
            recorded.some((r) => r.by.startsWith(base)),
            "the record sees the extension's own pages",
          ).toBe(true);
          expect(own, 'requests the extension made for anything outside itself').toEqual([]);
        },
        120_000,
      );

    s.step(
      'a connection tried from an extension page (and the Chromium worker) is refused by the browser',
      async () => {
        const driver = s.driver;
        const before = s.server.requests(CLEAN);
        const target = driver.url(CLEAN, '/probe');
        const page = await driver.openExtensionPage('/src/options/index.html');
        expect(
          await page.evaluate<string[]>(ATTEMPT(target)),
          'fetch and XMLHttpRequest from an extension page',
        ).toEqual(['rejected', 'rejected']);
        await page.close();
        const worker = (driver as unknown as { worker?: () => Promise<{ evaluate<T>(e: string): Promise<T> }> }).worker;
        if (worker)
          expect(
            await (await worker()).evaluate<string>(
              `fetch(${JSON.stringify(target)}).then(() => 'sent', () => 'refused')`,
            ),
            'fetch from the worker',
          ).toBe('refused');
        await new Promise((r) => setTimeout(r, 500));
        expect(s.server.requests(CLEAN) - before, 'requests that reached the server').toBe(0);
      },
    );
  });
}
