// The extension in real Chromium and real Firefox ESR, visiting real listed names that the browsers
// resolve to a local test server: badge, icon title and popup text for each kind of visit.
import { describe, expect } from 'vitest';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { cleanBadge, listedBadge, unconfirmedBadge } from './support/badges.ts';
import { EXTENSION_API, waitFor, type Badge } from './support/driver.ts';
import { CLEAN, LISTED, LISTED_SUB, LISTED_WWW, UNCONFIRMED } from './support/hosts.ts';
import { screenshotPath } from './support/paths.ts';
import { useBadgeOnly } from './support/settings.ts';
import { browserSuite } from './support/suite.ts';

for (const browser of BROWSERS) {
  describe(`${browser.name}`, () => {
    const s = browserSuite(browser, {
      profileDir: newProfileDir(),
      lang: 'en-US',
      // These tests look at the listed pages themselves; the full-page warning has its own tests.
      afterLaunch: useBadgeOnly,
    });
    const step = s.step;

    const badgeAfter = (what: string, ok: (b: Badge) => boolean) => waitFor(`${browser.name}: badge after ${what}`, () => s.driver.badge(), ok);

    step('listed domain: red badge, icon title and the full operation card in the popup', async () => {
      await s.driver.visit(s.driver.url(LISTED));
      const badge = await badgeAfter(`visiting ${LISTED}`, listedBadge(LISTED));
      expect(badge.title).toContain(LISTED);
      expect(badge.title).toContain('LeakBase');
      const popup = await s.driver.popup({ screenshot: screenshotPath(`${browser.name}-popup-listed-en`) });
      expect(popup.lang).toBe('en');
      for (const text of [
        `You are on ${LISTED}`, 'LeakBase', 'forum trading stolen data', 'Operation Leak', '3', 'March 2026',
        'Team Cybercrime, Amsterdam police', 'Europol', 'FBI', '142,000 registered users', 'IP logs',
        'handel in gestolen data is strafbaar. Iedereen laat online sporen achter; niemand is onaantastbaar of onvindbaar.',
        'Police text, quoted verbatim (Dutch)', "Our translation (English); not the police's words",
        'trading in stolen data is a criminal offence', 'Check je hack', 'two-step login', 'phishing', 'Report a crime',
        `Why ${LISTED} is on the list`, 'Seized by police', 'High:', 'The Hacker News, 5 March 2026', 'Last checked',
        'Sources', 'Europol', 'U.S. Department of Justice',
      ]) expect(popup.text, `${browser.name}: popup for ${LISTED} should say "${text}"`).toContain(text);
    });

    step('listed domain in Dutch: the language choice applies at once and is remembered', async () => {
      const nl = await s.driver.popup({ chooseLanguage: 'nl', screenshot: screenshotPath(`${browser.name}-popup-listed-nl`) });
      expect(nl.lang).toBe('nl');
      for (const text of ['Je bent op', 'Wat er gebeurde', 'Team Cybercrime, politie Amsterdam', '142.000',
        'In de woorden van de politie', 'handel in gestolen data is strafbaar', 'Onze vertaling (Nederlands)',
        'Alle inhoud van het forum', 'In beslag genomen door de politie', 'Bronnen']) {
        expect(nl.text, `${browser.name}: Dutch popup should say "${text}"`).toContain(text);
      }
      const again = await s.driver.popup();
      expect(again.lang, `${browser.name}: language choice remembered`).toBe('nl');
      const back = await s.driver.popup({ chooseLanguage: 'auto' });
      expect(back.lang).toBe('en');
    });

    step('subdomain of a listed domain matches the listed parent', async () => {
      await s.driver.visit(s.driver.url(LISTED_SUB, '/threads/1'));
      const badge = await badgeAfter(`visiting ${LISTED_SUB}`, listedBadge(LISTED_SUB));
      expect(badge.title).toContain(LISTED_SUB);
      const popup = await s.driver.popup();
      expect(popup.text).toContain(`You are on ${LISTED_SUB}`);
      expect(popup.text).toContain(`Listed domain: ${LISTED}`);
    });

    step('unlisted domain: no badge; the popup says so and describes the list', async () => {
      await s.driver.visit(s.driver.url(CLEAN));
      const badge = await badgeAfter(`visiting ${CLEAN}`, cleanBadge);
      expect(badge.title).toBe('Takedown Alert: this site is not on the list');
      const popup = await s.driver.popup({ screenshot: screenshotPath(`${browser.name}-popup-unlisted-en`) });
      expect(popup.text).toContain('This site is not on the list');
      expect(popup.text).toMatch(/knows \d+ police operations and \d+ domains\. The list is dated \d+ \w+ \d{4}/);
      const nl = await s.driver.popup({ chooseLanguage: 'nl', screenshot: screenshotPath(`${browser.name}-popup-unlisted-nl`) });
      expect(nl.text).toContain('Deze site staat niet op de lijst');
      await s.driver.popup({ chooseLanguage: 'auto' });
    });

    step('listed → unlisted → back in one tab: badge and popup follow the page shown', async () => {
      await s.driver.visit(s.driver.url(LISTED));
      await badgeAfter(`visiting ${LISTED}`, listedBadge(LISTED));
      await s.driver.visit(s.driver.url(CLEAN, '/next'));
      await badgeAfter(`navigating ${LISTED} → ${CLEAN}`, cleanBadge);
      expect((await s.driver.popup()).text).toContain('This site is not on the list');
      await s.driver.back();
      await badgeAfter(`going back to ${LISTED}`, listedBadge(LISTED));
      expect((await s.driver.popup()).text).toContain(`You are on ${LISTED}`);
    });

    step('HTTP redirect from an unlisted to a listed domain is caught', async () => {
      await s.driver.visit(s.driver.url(CLEAN));
      await badgeAfter(`visiting ${CLEAN}`, cleanBadge);
      const before = s.server.pageRequests(CLEAN);
      await s.driver.visit(s.driver.url(CLEAN, `/redirect?to=${encodeURIComponent(s.driver.url(LISTED_WWW, '/landing'))}`));
      expect(s.server.pageRequests(CLEAN), 'the redirect itself was served').toBe(before + 1);
      expect(new URL(await s.driver.currentUrl()).hostname).toBe(LISTED_WWW);
      const badge = await badgeAfter(`a redirect ${CLEAN} → ${LISTED_WWW}`, listedBadge(LISTED_WWW));
      expect(badge.title).toContain(LISTED_WWW);
      expect((await s.driver.popup()).text).toContain(`You are on ${LISTED_WWW}`);
    });

    step('Escape closes the popup', async () => {
      const popupTabs = () => s.driver.inExtension<number>(`${EXTENSION_API}.tabs.query({}).then((tabs) => tabs.filter((t) => (t.url ?? '').includes('/src/popup/index.html?tab=')).length)`);
      const popup = await s.driver.openExtensionPage(`/src/popup/index.html?tab=${await s.driver.testTabId()}`);
      await waitFor(`${browser.name}: popup rendered`, () => popup.exists('#content h1'), Boolean);
      expect(await popupTabs()).toBe(1);
      // The page closes during the key press, so the driver may report the press as cut short.
      await popup.press('Escape').catch(() => undefined);
      await waitFor(`${browser.name}: popup closed by Escape`, popupTabs, (n) => n === 0);
    });

    step('possible relaunch: a distinct mark, worded as unconfirmed', async () => {
      await s.driver.visit(s.driver.url(UNCONFIRMED));
      const badge = await badgeAfter(`visiting ${UNCONFIRMED}`, unconfirmedBadge(UNCONFIRMED));
      expect(badge.title).toContain('Possible relaunch or copycat, not confirmed seized');
      const popup = await s.driver.popup({ screenshot: screenshotPath(`${browser.name}-popup-unconfirmed-en`) });
      expect(popup.text).toContain('Possible relaunch or copycat, not confirmed seized');
      expect(popup.text).toContain('Medium:');
    });
  });
}
