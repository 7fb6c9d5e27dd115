// The full-page warning in real Chromium and Firefox ESR: shown before any request reaches a listed
// host, with Go back, Continue and Don't warn again, the three warning levels, the administrator
// policy, redirects, and hostile hashes.
import { describe, expect } from 'vitest';
import { BROWSERS, newProfileDir, type BrowserUnderTest } from './support/browsers.ts';
import { listedBadge } from './support/badges.ts';
import { EXTENSION_API, waitFor, type Driver, type TabHandle } from './support/driver.ts';
import { CLEAN, HISTORICAL, LISTED, LISTED_SUB, LISTED_WWW, UNCONFIRMED } from './support/hosts.ts';
import { screenshotPath } from './support/paths.ts';
import { chromiumPolicyUnavailable, firefoxPolicyUnavailable } from './support/policies.ts';
import { rulesCount } from './support/settings.ts';
import { browserSuite } from './support/suite.ts';


async function onWarningPage(driver: Driver, step: string): Promise<string> {
  return waitFor(`${driver.name}: warning page shown (${step})`, async () => {
    const url = await driver.currentUrl();
    const ready = url.includes('/src/warning/') && await driver.testTab().exists('#warning-heading');
    return ready ? url : '';
  }, (url) => url !== '');
}

async function onWebPage(driver: Driver, host: string, step: string): Promise<void> {
  await waitFor(`${driver.name}: ${host} loaded (${step})`, async () => {
    const url = await driver.currentUrl();
    return [url, await driver.testTab().evaluate<string>('document.readyState')];
  }, ([url, state]) => url.startsWith('http') && new URL(url).hostname === host && state === 'complete');
}

/** Navigates the test tab to a listed URL that the extension redirects; the visit ends on an extension page. */
async function visitExpectingWarning(driver: Driver, url: string): Promise<string> {
  await driver.testTab().evaluate(`location.assign(${JSON.stringify(url)})`);
  return onWarningPage(driver, url);
}

async function setLevel(driver: Driver, level: 'all' | 'confirmed' | 'badge'): Promise<void> {
  const options = await driver.openExtensionPage('/src/options/index.html');
  await waitFor(`${driver.name}: options rendered`, () => options.exists(`input[value="${level}"]`), Boolean);
  await options.click(`input[value="${level}"]`);
  await waitFor(`${driver.name}: level ${level} saved`, () => driver.inExtension<string | undefined>(`${EXTENSION_API}.storage.local.get('settings').then((r) => r.settings?.warningLevel)`), (l) => l === level);
  await waitFor(`${driver.name}: rules for level ${level}`, () => driver.inExtension<number>(`${EXTENSION_API}.declarativeNetRequest.getDynamicRules().then((r) => (r.find((x) => x.id === 1)?.condition.requestDomains ?? []).length)`), (n) => (level === 'badge' ? n === 0 : level === 'all' ? n > 30 : n > 0 && n < 40));
  await options.close();
}

function suite(browser: BrowserUnderTest) {
  describe(`${browser.name}`, () => {
    const profileDir = newProfileDir();
    const s = browserSuite(browser, {
      profileDir,
      // The rules are installed by the background at install time.
      afterLaunch: (driver) => waitFor(`${browser.name}: blocking rules installed`, () => rulesCount(driver), (n) => n > 0, 15_000).then(() => undefined),
    });
    const step = s.step;

    step('a confirmed domain shows the warning page and the listed host receives no request', async () => {
      await s.driver.visit(s.driver.url(CLEAN));
      s.server.reset();
      const target = s.driver.url(LISTED, '/threads/42?page=2#post-7');
      const url = await visitExpectingWarning(s.driver, target);
      expect(s.server.requests(LISTED), `${browser.name}: requests to ${LISTED}`).toBe(0);
      expect(decodeURIComponent(url.slice(url.indexOf('#') + 1)), `${browser.name}: the original URL is kept for Continue`).toBe(target);
      const tab = s.driver.testTab();
      const text = await tab.text();
      for (const expected of ['Stop: this site belonged to a platform taken down by police', LISTED, 'LeakBase', 'Operation Leak',
        'handel in gestolen data is strafbaar', "Our translation (English); not the police's words", 'Seized by police', 'High:',
        'Check je hack', 'Sources', 'Go back', 'Continue to the site', "Don't warn me again for this site"]) {
        expect(text, `${browser.name}: warning page should say "${expected}"`).toContain(expected);
      }
      expect(await tab.evaluate<string>('document.getElementById("target-host").textContent')).toBe(LISTED);
      expect(await tab.evaluate<string>('document.activeElement.id'), `${browser.name}: the heading takes focus`).toBe('warning-heading');
      const badge = await waitFor(`${browser.name}: badge on the warning tab`, () => s.driver.badge(), listedBadge(LISTED));
      expect(badge.title).toContain(LISTED);
      const popup = await s.driver.popup();
      expect(popup.text).toContain(`Takedown Alert stopped ${LISTED} before it loaded`);
      expect(tab.errors()).toEqual([]);
    });

    step('Go back returns to the page before', async () => {
      await s.driver.visit(s.driver.url(CLEAN, '/before'));
      await visitExpectingWarning(s.driver, s.driver.url(LISTED));
      await s.driver.testTab().click('#go-back');
      await onWebPage(s.driver, CLEAN, 'after Go back');
      expect(new URL(await s.driver.currentUrl()).pathname).toBe('/before');
      expect(s.server.requests(LISTED)).toBe(0);
    });

    step('Go back closes a tab that has no history', async () => {
      const before = s.server.requests(LISTED);
      await s.driver.visit(s.driver.url(CLEAN));
      const tab = await s.driver.openByScript(s.driver.url(LISTED, '/new-tab'));
      await waitFor(`${browser.name}: warning in a new tab`, () => tab.exists('#go-back'), Boolean);
      await tab.click('#go-back').catch(() => undefined);
      await waitFor(`${browser.name}: tab closed by Go back`, async () => tab.isClosed() || (await tab.evaluate<boolean>('false').catch(() => true)), Boolean);
      expect(s.server.requests(LISTED)).toBe(before);
    });

    step('a link from another site: the warning says where the visit came from when the browser tells it', async () => {
      await s.driver.visit(s.driver.url(CLEAN, '/links'));
      await s.driver.testTab().evaluate(`(() => { const a = document.createElement('a'); a.id = 'to-listed'; a.href = ${JSON.stringify(s.driver.url(LISTED, '/from-link'))}; a.textContent = 'link'; document.body.append(a); })()`);
      await s.driver.testTab().click('#to-listed');
      await onWarningPage(s.driver, 'link click');
      const referrer = await s.driver.testTab().evaluate<string>('document.referrer');
      if (referrer) {
        expect(await s.driver.testTab().text('#sent-from')).toBe(`You were sent here from ${CLEAN}.`);
      } else {
        // Firefox 153 gives the warning page no referrer after the redirect: nothing to say, and nothing made up.
        expect(browser.name).toBe('firefox');
        expect(await s.driver.testTab().exists('#sent-from')).toBe(false);
      }
    });

    step('a lower-confidence domain is not stopped: badge and popup only', async () => {
      s.server.reset();
      await s.driver.visit(s.driver.url(HISTORICAL));
      expect(s.server.pageRequests(HISTORICAL)).toBe(1);
      await waitFor(`${browser.name}: badge on ${HISTORICAL}`, () => s.driver.badge(), listedBadge(HISTORICAL));
      expect((await s.driver.popup()).text).toContain('Used by the platform before the takedown');
    });

    step('a redirect into a listed domain is caught before the listed host is asked', async () => {
      await s.driver.visit(s.driver.url(CLEAN));
      s.server.reset();
      const target = s.driver.url(LISTED_SUB, '/landing');
      await s.driver.testTab().evaluate(`location.assign(${JSON.stringify(s.driver.url(CLEAN, `/redirect?to=${encodeURIComponent(target)}`))})`);
      const url = await onWarningPage(s.driver, 'redirect');
      expect(s.server.pageRequests(CLEAN)).toBe(1);
      expect(s.server.requests(LISTED_SUB)).toBe(0);
      expect(decodeURIComponent(url.slice(url.indexOf('#') + 1))).toBe(target);
      expect(await s.driver.testTab().text('#target-host')).toBe(LISTED_SUB);
    });

    step('Continue lets the host through for this session: the request arrives, the badge stays, the next visit is not stopped', async () => {
      await s.driver.visit(s.driver.url(CLEAN));
      s.server.reset();
      await visitExpectingWarning(s.driver, s.driver.url(LISTED, '/continue-here'));
      await s.driver.testTab().click('#continue');
      await onWebPage(s.driver, LISTED, 'after Continue');
      expect(new URL(await s.driver.currentUrl()).pathname).toBe('/continue-here');
      expect(s.server.pageRequests(LISTED)).toBe(1);
      await waitFor(`${browser.name}: badge after Continue`, () => s.driver.badge(), listedBadge(LISTED));
      await s.driver.visit(s.driver.url(CLEAN));
      await s.driver.visit(s.driver.url(LISTED, '/again'));
      expect(s.server.pageRequests(LISTED), `${browser.name}: second visit in the session loads directly`).toBe(2);
      // Only that exact host: a subdomain is still stopped.
      await visitExpectingWarning(s.driver, s.driver.url(LISTED_SUB));
      expect(s.server.requests(LISTED_SUB)).toBe(0);
    });

    step('crafted warning-page hashes show a neutral message and never throw', async () => {
      const hashes = ['', '#', '#javascript:alert(document.domain)', '#https://example.org/', '#<img src=x onerror=alert(1)>',
        '#%E0%A4%A', `#http://${LISTED}/${'x'.repeat(100_000)}`, '#data:text/html,<b>x</b>'];
      for (const hash of hashes) {
        const tab = await s.driver.openExtensionPage(`/src/warning/index.html${hash}`);
        await waitFor(`${browser.name}: neutral page for ${hash.slice(0, 40)}`, () => tab.exists('#warning-heading'), Boolean);
        expect(await tab.text('#warning-heading')).toBe('Nothing to warn about');
        expect(await tab.exists('#continue')).toBe(false);
        expect(await tab.exists('img')).toBe(true); // only the header icon
        expect(await tab.evaluate<number>('document.querySelectorAll("img").length')).toBe(1);
        expect(tab.errors(), `${browser.name}: page errors for ${hash.slice(0, 40)}`).toEqual([]);
        await tab.close();
      }
    });

    step('the three warning levels: all, confirmed (default), badge only; an unconfirmed domain asks once more', async () => {
      await setLevel(s.driver, 'all');
      s.server.reset();
      await visitExpectingWarning(s.driver, s.driver.url(HISTORICAL));
      expect(s.server.requests(HISTORICAL)).toBe(0);
      await visitExpectingWarning(s.driver, s.driver.url(UNCONFIRMED));
      const tab = s.driver.testTab();
      expect(await tab.text()).toContain('may be a relaunch or copycat');
      await tab.screenshot(screenshotPath(`${browser.name}-warning-unconfirmed-en`));
      await tab.click('#continue');
      await waitFor(`${browser.name}: second question`, () => tab.exists('#confirm:not([hidden]) #continue-anyway'), Boolean);
      expect(await tab.text('#confirm')).toContain('A relaunch or copycat may be a trap');
      expect(s.server.requests(UNCONFIRMED), 'nothing loaded before the second answer').toBe(0);
      await tab.click('#continue-anyway');
      await onWebPage(s.driver, UNCONFIRMED, 'after confirming');
      expect(s.server.pageRequests(UNCONFIRMED)).toBe(1);

      await setLevel(s.driver, 'badge');
      s.server.reset();
      await s.driver.visit(s.driver.url(LISTED_WWW));
      expect(s.server.pageRequests(LISTED_WWW)).toBe(1);
      await waitFor(`${browser.name}: badge at level badge`, () => s.driver.badge(), listedBadge(LISTED_WWW));

      await setLevel(s.driver, 'confirmed');
      await visitExpectingWarning(s.driver, s.driver.url(LISTED_WWW, '/x'));
      await s.driver.visit(s.driver.url(HISTORICAL));
      expect(s.server.pageRequests(HISTORICAL)).toBe(1);
    });

    step("Don't warn me again survives a browser restart, and removing the exception in the options page restores the warning", async () => {
      await s.driver.visit(s.driver.url(CLEAN));
      s.server.reset();
      await visitExpectingWarning(s.driver, s.driver.url(LISTED_WWW, '/keep'));
      await s.driver.testTab().click('#dont-warn');
      await onWebPage(s.driver, LISTED_WWW, "after Don't warn again");
      expect(s.server.pageRequests(LISTED_WWW)).toBe(1);
      await s.driver.close();

      s.driver = await browser.launch({ port: s.server.port, profileDir });
      await waitFor(`${browser.name}: allow rule after restart`, () => rulesCount(s.driver), (n) => n >= 2, 15_000);
      await s.driver.visit(s.driver.url(LISTED_WWW, '/after-restart'));
      expect(s.server.pageRequests(LISTED_WWW), `${browser.name}: not stopped after restart`).toBe(2);
      // A Continue from the previous session does not survive the restart.
      await visitExpectingWarning(s.driver, s.driver.url(LISTED));

      const options = await s.driver.openExtensionPage('/src/options/index.html');
      await waitFor(`${browser.name}: exception listed in options`, () => options.exists(`button[data-host="${LISTED_WWW}"]`), Boolean);
      await options.screenshot(screenshotPath(`${browser.name}-options-with-exception-en`));
      await options.click(`button[data-host="${LISTED_WWW}"]`);
      await waitFor(`${browser.name}: exception removed`, async () => !(await options.exists(`button[data-host="${LISTED_WWW}"]`)), Boolean);
      expect(await options.text('#exceptions-empty')).toContain('None.');
      await options.close();
      await waitFor(`${browser.name}: allow rule removed`, () => rulesCount(s.driver), (n) => n === 1);
      await visitExpectingWarning(s.driver, s.driver.url(LISTED_WWW, '/stopped-again'));
      expect(s.server.pageRequests(LISTED_WWW)).toBe(2);
    });
  });
}

for (const browser of BROWSERS) suite(browser);

for (const browser of BROWSERS) {
  describe(`${browser.name} with an administrator policy`, () => {
    const reason = browser.skipReason ?? (browser.name === 'chromium' ? chromiumPolicyUnavailable() : firefoxPolicyUnavailable());
    const s = browserSuite({ ...browser, skipReason: reason }, { policy: { allowBypass: false } });

    s.step('allowBypass=false hides Continue and Don\'t warn again', async () => {
      const { driver, server } = s;
      await waitFor(`${browser.name}: rules installed`, () => rulesCount(driver), (n) => n > 0, 15_000);
      const policy = await waitFor(`${browser.name}: policy visible to the extension`, () => driver.inExtension<Record<string, unknown>>(`${EXTENSION_API}.storage.managed.get().catch((e) => ({ error: String(e) }))`), (p) => p.allowBypass === false, 15_000);
      expect(policy.allowBypass).toBe(false);
      await driver.visit(driver.url(CLEAN));
      await visitExpectingWarning(driver, driver.url(LISTED));
      const tab: TabHandle = driver.testTab();
      await waitFor(`${browser.name}: policy note`, () => tab.exists('#bypass-forbidden'), Boolean);
      expect(await tab.exists('#continue')).toBe(false);
      expect(await tab.exists('#dont-warn')).toBe(false);
      expect(await tab.exists('#go-back')).toBe(true);
      expect(await tab.text()).toContain('Your administrator does not allow continuing to this site.');
      expect(server.requests(LISTED)).toBe(0);
      const options = await driver.openExtensionPage('/src/options/index.html');
      await waitFor(`${browser.name}: options note`, () => options.evaluate<boolean>('!document.getElementById("exceptions-forbidden").hidden'), Boolean);
      await options.close();
    });
  });
}
