// State that must survive: the MV3 service worker stopped while idle (Chromium), and a browser
// restart with the same profile, including one that reopens the last session's tabs (both browsers).
// Also: the browser's own language is followed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { launchChromium } from './support/chromium-driver.ts';
import { cleanBadge, listedBadge } from './support/badges.ts';
import { EXTENSION_API, waitFor, type Driver } from './support/driver.ts';
import { CLEAN, LISTED } from './support/hosts.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';
import { useBadgeOnly } from './support/settings.ts';


for (const browser of BROWSERS) {
  describe(`${browser.name}`, () => {
    let server: TestServer;
    let driver: Driver | undefined;
    const profileDir = newProfileDir();

    beforeAll(async () => {
      if (!browser.skipReason) server = await startTestServer();
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    const step = (name: string, body: () => Promise<void>) =>
      it(name, async (ctx) => {
        if (browser.skipReason) ctx.skip(browser.skipReason);
        await body();
      }, 90_000);

    step('a restart with the same profile keeps the language choice; "follow the browser" follows a Dutch browser', async () => {
      driver = await browser.launch({ port: server.port, profileDir, lang: 'nl-NL' });
      await useBadgeOnly(driver);
      await driver.visit(driver.url(LISTED));
      await waitFor(`${browser.name}: badge before restart`, () => driver!.badge(), listedBadge(LISTED));
      const auto = await driver.popup();
      expect(auto.lang, `${browser.name}: a Dutch browser gets Dutch by default`).toBe('nl');
      expect(auto.text).toContain('Let op: deze site hoorde bij een platform dat de politie uit de lucht haalde');
      await driver.popup({ chooseLanguage: 'en' });
      await driver.close();

      driver = await browser.launch({ port: server.port, profileDir, lang: 'nl-NL' });
      await driver.visit(driver.url(LISTED));
      const badge = await waitFor(`${browser.name}: badge after restart`, () => driver!.badge(), listedBadge(LISTED));
      expect(badge.title, `${browser.name}: icon title in the remembered language`).toContain('is listed');
      const after = await driver.popup();
      expect(after.lang, `${browser.name}: English choice survives the restart`).toBe('en');
      expect(after.text).toContain(`You are on ${LISTED}`);
      await driver.popup({ chooseLanguage: 'auto' });
    });

    step('a restart that reopens the last session: the restored tab on a listed site has its badge and popup', async () => {
      const restoreProfile = newProfileDir();
      const first = await browser.launch({ port: server.port, profileDir: restoreProfile, restoreSession: true });
      try {
        await useBadgeOnly(first);
        await first.visit(first.url(LISTED, '/restored'));
        await waitFor(`${browser.name}: badge before restart`, () => first.badge(), listedBadge(LISTED));
        await first.endForRestore();
      } catch (error) {
        await first.close();
        throw error;
      }
      const restored = await browser.launch({ port: server.port, profileDir: restoreProfile, restoreSession: true });
      try {
        // Nobody navigates this time: the browser brings the tab back by itself.
        const tabId = await waitFor(`${browser.name}: the listed tab restored`, () => restored.inExtension<number | undefined>(`${EXTENSION_API}.tabs.query({}).then((tabs) => tabs.find((t) => t.url && new URL(t.url).hostname === '${LISTED}' && new URL(t.url).pathname === '/restored')?.id)`), (id) => typeof id === 'number', 20_000);
        await waitFor(`${browser.name}: badge on the restored tab`, () => restored.badge(tabId), listedBadge(LISTED));
        const popup = await restored.openExtensionPage(`/src/popup/index.html?tab=${tabId}`);
        await waitFor(`${browser.name}: popup for the restored tab`, () => popup.exists('#content h1'), Boolean);
        expect(await popup.text()).toContain(`You are on ${LISTED}`);
      } finally {
        await restored.close();
      }
    });

    if (browser.name === 'chromium') {
      step('the service worker stopped while idle loses nothing and wakes for the next navigation', async () => {
        const chromiumDriver = await launchChromium({ port: server.port, profileDir: newProfileDir() });
        try {
          await useBadgeOnly(chromiumDriver);
          await chromiumDriver.visit(chromiumDriver.url(LISTED));
          await waitFor('chromium: badge before worker stop', () => chromiumDriver.badge(), listedBadge(LISTED));
          const tabId = await chromiumDriver.testTabId();
          await chromiumDriver.stopWorker();
          // The per-tab state is in session storage, not in the stopped worker's memory.
          const stored = await chromiumDriver.inExtension(`chrome.storage.session.get('tab:${tabId}').then((r) => r['tab:${tabId}'])`);
          expect(stored).toMatchObject({ kind: 'listed', host: LISTED, match: { domain: LISTED, operation: 'leakbase' } });
          expect((await chromiumDriver.popup()).text).toContain(`You are on ${LISTED}`);
          await chromiumDriver.visit(chromiumDriver.url(CLEAN));
          await waitFor('chromium: badge after the worker woke for a navigation', () => chromiumDriver.badge(), cleanBadge);
        } finally {
          await chromiumDriver.close();
        }
      });
    }
  });
}
