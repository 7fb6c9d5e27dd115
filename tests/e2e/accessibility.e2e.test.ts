// Every page in both languages: axe-core finds no violations (Chromium), every action is reachable
// with Tab, nothing overflows at 360 px or with text at 200%, and screenshots in light and dark, wide and narrow, for both
// browsers (test-results/screenshots) for a person to look at.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { EXTENSION_API, waitFor, type Driver, type TabHandle } from './support/driver.ts';
import { CONFIRMED, RELAUNCH, REPORTED } from './support/hosts.ts';
import { screenshotPath } from './support/paths.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';
import { expectRoomForWords } from './support/word-fit.ts';

/** Names and headings that must never break inside a word: a level's name squeezed to "Aanb/evole/n" was one. */
const NAMES = 'h1, h2, h3, label strong, legend, button, dt, th, .kind-label';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

async function setLanguage(driver: Driver, lang: 'nl' | 'en'): Promise<void> {
  await driver.inExtension(
    `${EXTENSION_API}.storage.local.get('settings').then((r) => ${EXTENSION_API}.storage.local.set({ settings: { ...(r.settings ?? {}), language: '${lang}', allowedHosts: ['www.cracked.io'] } }))`,
  );
}

/**
 * The pages to check, each opened fresh and ready when `ready` exists. A path starting with http is a listed site:
 * the warning page is reached as a person reaches it, through the browser's redirect (opened by hand, the page
 * offers no way past).
 */
function pages(tabId: number) {
  return [
    { name: 'popup', path: `/src/popup/index.html?tab=${tabId}`, ready: '#content h1' },
    { name: 'warning', path: `http://${CONFIRMED}/threads/1`, ready: '#go-back' },
    { name: 'warning-relaunch', path: `http://${RELAUNCH}/`, ready: '#go-back' },
    { name: 'options', path: '/src/options/index.html', ready: 'input[name="level"]:checked' },
    { name: 'catalogue', path: '/src/catalogue/index.html', ready: '#results li' },
    { name: 'welcome', path: '/src/welcome/index.html', ready: '#access-ok' },
  ];
}

/** The page's horizontal overflow and every visible element whose text is cut off by its own box. */
const CLIPPED_OR_OVERFLOWING = `(() => {
  const found = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) found.push('page scrolls sideways by ' + (root.scrollWidth - root.clientWidth) + ' px');
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.visually-hidden, [hidden]')) continue;
    const style = getComputedStyle(el);
    const clips = (v) => v === 'hidden' || v === 'clip';
    if ((clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
      found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).split(' ').join('.') : ''));
    }
  }
  return found;
})()`;

async function open(driver: Driver, path: string, ready: string, lang: string): Promise<TabHandle> {
  const tab = path.startsWith('http://')
    ? await driver.openByScript(driver.url(new URL(path).hostname, new URL(path).pathname))
    : await driver.openExtensionPage(path);
  await waitFor(
    `${driver.name}: ${path} ready in ${lang}`,
    async () => (await tab.exists(ready)) && (await tab.evaluate<string>('document.documentElement.lang')) === lang,
    Boolean,
  );
  return tab;
}

for (const browser of BROWSERS) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`${browser.name}, ${scheme}`, () => {
      let server: TestServer;
      let driver: Driver;
      beforeAll(async () => {
        if (browser.skipReason) return;
        server = await startTestServer();
        driver = await browser.launch({ port: server.port, profileDir: newProfileDir(), colorScheme: scheme });
        await driver.grantListedSites();
        await driver.visit(driver.url(REPORTED));
      }, 60_000);
      afterAll(async () => {
        await driver?.close();
        await server?.close();
      });

      for (const lang of ['en', 'nl'] as const) {
        it(`${lang}: pages pass axe, are keyboard usable, fit 360 px and 200% text; screenshots`, async (ctx) => {
          if (browser.skipReason) ctx.skip(browser.skipReason);
          await setLanguage(driver, lang);
          const tabId = await driver.testTabId();
          for (const page of pages(tabId)) {
            const tab = await open(driver, page.path, page.ready, lang);
            if (browser.name === 'chromium' && scheme === 'light') {
              await tab.evaluate(axeSource);
              const result = await tab.evaluate<AxeResult>('axe.run(document, { resultTypes: ["violations"] })');
              const summary = result.violations.map(
                (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
              );
              expect(summary, `${browser.name}: axe on ${page.name} in ${lang}`).toEqual([]);
            }
            // The ways past a warning are folded under "More options"; open it, as a keyboard user would with Enter.
            if (page.name.startsWith('warning')) {
              await tab.evaluate(`document.getElementById('more-options').open = true`);
              await waitFor(`${browser.name}: more options shown`, () => tab.exists('#continue'), Boolean);
            }
            // Keyboard: every button, link and form control on the page is reached by Tab.
            const focusable = await tab.evaluate<number>(
              `document.querySelectorAll('button:not([disabled]):not([hidden] *), a[href], select, input:not([disabled])').length`,
            );
            const reached = new Set<string>();
            for (let i = 0; i < focusable + 3; i++) {
              await tab.press('Tab');
              reached.add(
                await tab.evaluate<string>(
                  `(() => { const e = document.activeElement; return e ? e.tagName + '#' + (e.id || e.getAttribute('href') || e.getAttribute('value') || e.textContent.trim().slice(0, 30)) : ''; })()`,
                ),
              );
            }
            if (page.name.startsWith('warning')) {
              for (const id of ['BUTTON#go-back', 'BUTTON#continue', 'BUTTON#dont-warn'])
                expect([...reached], `${browser.name}: ${id} reachable by Tab on ${page.name}`).toContain(id);
            }
            if (page.name === 'options') {
              expect(
                [...reached].some((r) => r.startsWith('INPUT#')),
                `${browser.name}: level reachable by Tab`,
              ).toBe(true);
              expect(
                [...reached].some((r) => r.startsWith('BUTTON#')),
                `${browser.name}: remove button reachable by Tab`,
              ).toBe(true);
            }
            // Body text at the user's chosen size (Chromium's extension-page default would make it 75%).
            const sizes = await tab.evaluate<string[]>(
              '[document.documentElement, document.body].map((e) => getComputedStyle(e).fontSize)',
            );
            expect(sizes[1], `${browser.name}: body text size on ${page.name}`).toBe(sizes[0]);
            const wide = page.name === 'popup' ? 400 : 1000;
            await tab.setViewport(wide, 800);
            await tab.screenshot(screenshotPath(`${browser.name}-${page.name}-${lang}-${scheme}-${wide}`));
            await expectRoomForWords(tab, NAMES, `${browser.name}: ${page.name} (${lang}, ${wide} px)`);
            await tab.setViewport(360, 740);
            await tab.screenshot(screenshotPath(`${browser.name}-${page.name}-${lang}-${scheme}-360`));
            await expectRoomForWords(tab, NAMES, `${browser.name}: ${page.name} (${lang}, 360 px)`);
            const overflow = await tab.evaluate<number>(
              'document.documentElement.scrollWidth - document.documentElement.clientWidth',
            );
            expect(overflow, `${browser.name}: ${page.name} (${lang}) overflows at 360 px`).toBeLessThanOrEqual(0);
            // Text at 200% (the browsers' "zoom text only", WCAG 1.4.4): every size is in rem, so doubling the
            // root size doubles all text; nothing may then spill sideways or be cut off inside a box.
            await tab.setViewport(wide, 800);
            await tab.evaluate(`document.documentElement.style.fontSize = '200%'`);
            await tab.screenshot(screenshotPath(`${browser.name}-${page.name}-${lang}-${scheme}-${wide}-text200`));
            const spill = await tab.evaluate<string[]>(CLIPPED_OR_OVERFLOWING);
            expect(spill, `${browser.name}: ${page.name} (${lang}) with text at 200%`).toEqual([]);
            expect(tab.errors()).toEqual([]);
            await tab.close();
          }
        }, 120_000);
      }
    });
  }
}
