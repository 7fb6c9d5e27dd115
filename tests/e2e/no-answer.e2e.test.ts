// Protected from the first second: a new user who answered no question, in real Chromium and Firefox ESR with a
// fresh profile. Every listed domain a new install shows as a full page is stopped by the browser before any
// request (the installed ruleset blocks it without host access), with a subdomain and a redirect chain; an
// unlisted site loads and gets no mark; the popup, opened the way a user opens it, never calls a page unlisted
// when it cannot see its address and names the platform on a stopped tab; one click and the browser's dialog then
// give the full warning page, with the exceptions working as before. What each browser shows on a stopped page is
// written to test-results/no-answer.json for the README.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { accessCounts, EXTENSION_API, waitFor, type Driver } from './support/driver.ts';
import { CLEAN, CONFIRMED, CONFIRMED_SUB, REPORTED, STOPPED_BY_DEFAULT } from './support/hosts.ts';
import { ROOT, screenshotPath } from './support/paths.ts';
import { browserSuite } from './support/suite.ts';
import { armedWayPast } from './support/ways-past.ts';
import { noticeShown } from './support/notice.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const measured: Record<string, unknown> = {};

/** Navigates the test tab from an unlisted page to `url`, as a link would, and waits until the browser has decided. */
async function attempt(driver: Driver, url: string): Promise<string> {
  // Firefox stays on the page it was on; Chromium shows its error page, from which the next visit starts afresh.
  if (!(await driver.currentUrl()).includes('/from')) await driver.visit(driver.url(CLEAN, '/from'));
  await driver
    .testTab()
    .evaluate(`location.assign(${JSON.stringify(url)})`)
    .catch(() => undefined);
  // Chromium shows its error page; Firefox cancels the navigation and leaves the page as it was.
  if (driver.name === 'chromium')
    return waitFor(
      `chromium: ${url} decided`,
      () => driver.currentUrl(),
      (u) => !u.includes('/from'),
    );
  await sleep(400);
  return driver.currentUrl();
}

/** The rules the browser matched in the test tab (Chromium; readable while the popup holds the tab: activeTab). */
function matchedRules(driver: Driver, tabId: number): Promise<{ rule: { ruleId: number; rulesetId: string } }[]> {
  return driver.inExtension(
    `${EXTENSION_API}.declarativeNetRequest.getMatchedRules({ tabId: ${tabId} }).then((r) => r.rulesMatchedInfo)`,
  );
}

const title = (driver: Driver) => driver.inExtension<string>(`${EXTENSION_API}.action.getTitle({})`);

for (const browser of BROWSERS) {
  describe(`${browser.name}: a new user who answered nothing`, () => {
    const s = browserSuite(browser, { profileDir: newProfileDir(), lang: 'en-US', grant: false });
    const step = s.step;
    const report: Record<string, unknown> = {};
    measured[browser.name] = report;

    step(
      `every domain a new install stops (${STOPPED_BY_DEFAULT.length}), a subdomain and a redirect chain: not one request reaches a listed host`,
      async () => {
        expect(await accessCounts(s.driver.inExtension), `${browser.name}: nothing granted`).toMatchObject({
          granted: 0,
        });
        s.server.reset();
        for (const domain of STOPPED_BY_DEFAULT) await attempt(s.driver, s.driver.url(domain, '/first-visit'));
        const shown = await attempt(s.driver, s.driver.url(CONFIRMED_SUB, '/threads/1'));
        report.stoppedPageUrl = shown;
        report.stoppedPageText = browser.name === 'chromium' ? (await s.driver.testTab().text()).trim() : null;
        await s.driver.testTab().screenshot(screenshotPath(`${browser.name}-stopped-without-access`), false);
        await s.driver
          .visit(s.driver.url(CLEAN, `/redirect?to=${encodeURIComponent(s.driver.url(CONFIRMED, '/via-redirect'))}`))
          .catch(() => undefined);
        await sleep(400);
        const reached = [...STOPPED_BY_DEFAULT, CONFIRMED_SUB].filter((host) => s.server.requests(host) > 0);
        report.listedHostsReached = reached.length;
        report.listedHostsTried = STOPPED_BY_DEFAULT.length + 1;
        expect(reached, `${browser.name}: listed hosts that got a request`).toEqual([]);
        expect(s.server.pageRequests(CLEAN), `${browser.name}: the redirect itself was served`).toBeGreaterThan(0);
        if (browser.name === 'chromium') {
          // Chromium's own error page, naming the host; Firefox leaves the page as it was (measured, see the README).
          expect(shown).toMatch(/^chrome-error:/);
          expect(report.stoppedPageText).toContain(`${CONFIRMED_SUB} is blocked`);
          expect(report.stoppedPageText).toContain('This page has been blocked by an extension');
        } else {
          expect(new URL(shown).hostname, 'firefox: the navigation is cancelled and the page stays').toBe(CLEAN);
        }
      },
      240_000,
    );

    step('an unlisted site loads, and gets no mark and no notice', async () => {
      s.server.reset();
      await s.driver.visit(s.driver.url(CLEAN, '/plain'));
      expect(s.server.pageRequests(CLEAN)).toBe(1);
      expect(await noticeShown(s.driver)).toBe(false);
      const badge = await s.driver.badge();
      // The whole button asks for access (its icon's dot and this title); nothing names this site.
      expect(badge.title).toBe(en.titleAsk);
      expect(badge.text, `${browser.name}: no mark of our own on the tab`).not.toMatch(/^[!?i~]$/);
      if (browser.name === 'chromium') {
        // The browser's own per-tab count of stops, which is what the button shows here: none on this tab.
        const popup = await s.driver.openPopupAsUser();
        expect(
          await matchedRules(s.driver, await s.driver.testTabId()),
          'chromium: nothing stopped in this tab',
        ).toEqual([]);
        expect(await popup.text()).toContain('This site is not on the list');
        await popup.close();
      }
    });

    step(
      "the popup without the tab's address never calls it unlisted, and says what the extension does without access",
      async () => {
        await attempt(s.driver, s.driver.url(CONFIRMED, '/unseen'));
        // Opened as a page (as Firefox for Android opens it): no activeTab, so the address is not visible.
        const popup = await s.driver.popup({
          screenshot: screenshotPath(`${browser.name}-popup-no-access-no-address-en`),
        });
        expect(popup.text).not.toContain('not on the list');
        expect(popup.text).toContain(en.unknownHeading);
        expect(popup.text).toContain(en.accessOffHeading);
        expect(popup.text).toContain(browser.name === 'chromium' ? en.browserMessageChrome : en.browserMessageFirefox);
        expect(popup.text).toContain(en.accessOffShort);
        const nl = await s.driver.popup({ chooseLanguage: 'nl' });
        expect(nl.text).toContain('Takedown Alert kan het adres van dit tabblad niet zien');
        expect(nl.text).toContain('De volledige waarschuwingen staan uit');
        await s.driver.popup({ chooseLanguage: 'auto' });
      },
    );

    step(
      'the welcome page and the options page say that confirmed sites are already stopped, and what one click adds',
      async () => {
        const welcome = await s.driver.openExtensionPage('/src/welcome/index.html');
        await waitFor(`${browser.name}: welcome drawn`, () => welcome.exists('#grant'), Boolean);
        const text = await welcome.text();
        for (const expected of [
          en.welcomeStepHeading,
          en.welcomeAlready,
          en.welcomeSkip,
          en.welcomeAllowButton,
          browser.name === 'chromium' ? en.browserMessageChrome : en.browserMessageFirefox,
        ]) {
          expect(text, `${browser.name}: welcome page should say "${expected}"`).toContain(expected);
        }
        expect(text).toContain(
          browser.name === 'chromium'
            ? 'Read and change your data on a number of websites'
            : `Access your data for sites in ${(await accessCounts(s.driver.inExtension)).listed} domains`,
        );
        expect(text, 'one heading for the one step').not.toContain('One step');
        expect(text, 'no internal counter').not.toMatch(/waiting/);
        await welcome.screenshot(screenshotPath(`${browser.name}-welcome-no-access-en`));
        await welcome.close();
        const options = await s.driver.openExtensionPage('/src/options/index.html');
        await waitFor(`${browser.name}: options drawn`, () => options.exists('#access-notice'), Boolean);
        const settings = await options.text();
        expect(settings).toContain(en.accessOffHeading);
        expect(settings).toContain(en.notCoveredNoAccess);
        expect(settings, 'no claim of access given').not.toContain('You gave access to the listed sites only');
        await options.close();
      },
    );

    if (browser.name === 'chromium') {
      step(
        'chromium: "Deny" in the browser\'s dialog: the button stops asking, the pages say full warnings are off, sites are still stopped',
        async () => {
          const welcome = await s.driver.openExtensionPage('/src/welcome/index.html');
          await waitFor('chromium: welcome drawn', () => welcome.exists('#grant'), Boolean);
          await welcome.press('Tab'); // brings the window to the front
          await welcome.evaluate('document.getElementById("grant").focus()');
          await welcome.press('Enter');
          // The browser's dialog opens with "Deny" focused: Return presses it.
          await sleep(900);
          const { pressKeys } = await import('./support/display.ts');
          pressKeys(['Return']);
          await waitFor('chromium: declined shown', () => welcome.exists('#access-declined'), Boolean);
          expect(await accessCounts(s.driver.inExtension)).toMatchObject({ granted: 0 });
          await waitFor(
            'chromium: the button stops asking',
            () => title(s.driver),
            (t) => t === en.titleAccessOff,
          );
          await welcome.screenshot(screenshotPath('chromium-welcome-declined-en'));
          await welcome.close();
          s.server.reset();
          await attempt(s.driver, s.driver.url(CONFIRMED, '/after-deny'));
          expect(s.server.requests(CONFIRMED)).toBe(0);
        },
      );
    }

    step(
      "the popup opened on the stopped tab names the platform; one click and the browser's dialog give the warning page",
      async () => {
        s.server.reset();
        const target = s.driver.url(CONFIRMED, '/threads/42');
        await attempt(s.driver, target);
        const popup = await s.driver.openPopupAsUser();
        const text = await popup.text();
        report.popupOnStoppedTab = text.slice(0, 400);
        if (browser.name === 'chromium') {
          for (const expected of [
            'RaidForums was taken down by police',
            CONFIRMED,
            en.popupStoppedByBrowser,
            en.popupShowWarning,
            'What to do first',
          ]) {
            expect(text, `chromium: popup on the stopped tab should say "${expected}"`).toContain(expected);
          }
          expect(text).not.toContain('not on the list');
          // The browser's count on the button: one stop in this tab, by the installed ruleset.
          expect((await matchedRules(s.driver, await s.driver.testTabId())).map((m) => m.rule.rulesetId)).toEqual([
            'stop',
          ]);
          await popup.activate('#show-warning');
          await s.driver.acceptPermissionRequest();
        } else {
          // Firefox leaves the page that was there (measured): the popup describes it, and says what happened without access.
          expect(text).toContain('This site is not on the list');
          expect(text).toContain(en.browserMessageFirefox);
          await popup.close();
          const options = await s.driver.openExtensionPage('/src/options/index.html');
          await waitFor('firefox: options drawn', () => options.exists('#grant'), Boolean);
          await options.click('#grant');
          await options.close();
        }
        await waitFor(
          `${browser.name}: every listed site granted`,
          () => accessCounts(s.driver.inExtension),
          (c) => c.granted === c.listed,
        );
        if (browser.name === 'firefox') await s.driver.testTab().evaluate(`location.assign(${JSON.stringify(target)})`);
        // Chromium: the background loads the stopped tab again once the sites are allowed.
        const url = await waitFor(
          `${browser.name}: the warning page in the tab`,
          () => s.driver.currentUrl(),
          (u) => u.includes('/src/warning/'),
        );
        expect(decodeURIComponent(url.slice(url.indexOf('#') + 1))).toBe(target);
        await waitFor(`${browser.name}: warning drawn`, () => s.driver.testTab().exists('#warning-heading'), Boolean);
        expect(s.server.requests(CONFIRMED), `${browser.name}: still no request to ${CONFIRMED}`).toBe(0);
        await waitFor(
          `${browser.name}: the button no longer asks`,
          () => title(s.driver),
          (t) => t === en.extName,
        );
        await s.driver.testTab().screenshot(screenshotPath(`${browser.name}-warning-after-upgrade-en`), false);
      },
    );

    step('after the click, as before: Continue lets the site through, and a notice site shows its notice', async () => {
      const tab = s.driver.testTab();
      await armedWayPast(tab, '#continue');
      await tab.click('#continue');
      await waitFor(
        `${browser.name}: ${CONFIRMED} loaded after Continue`,
        () => s.driver.currentUrl(),
        (u) => u.startsWith('http') && new URL(u).hostname === CONFIRMED,
      );
      expect(s.server.pageRequests(CONFIRMED)).toBe(1);
      await s.driver.visit(s.driver.url(REPORTED, '/notice'));
      expect(await waitFor(`${browser.name}: notice on ${REPORTED}`, () => noticeShown(s.driver), Boolean)).toBe(true);
    });
  });
}

afterAll(() => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'no-answer.json'), `${JSON.stringify(measured, null, 2)}\n`);
});
