// State that must survive: the MV3 service worker stopped while idle (Chromium), and a browser
// restart with the same profile, including one that reopens the last session's tabs (both browsers).
// Also: the browser's own language is followed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { launchChromium } from './support/chromium-driver.ts';
import { plainBadge, reportedBadge } from './support/badges.ts';
import { EXTENSION_API, waitFor, type Driver } from './support/driver.ts';
import { CLEAN, REPORTED as LISTED } from './support/hosts.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const listedBadge = reportedBadge;

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

    step(
      'a restart with the same profile keeps the language choice; "follow the browser" follows a Dutch browser',
      async () => {
        driver = await browser.launch({ port: server.port, profileDir, lang: 'nl-NL' });
        await driver.grantListedSites();
        await driver.visit(driver.url(LISTED));
        await waitFor(`${browser.name}: badge before restart`, () => driver!.badge(), listedBadge(LISTED));
        const auto = await driver.popup();
        expect(auto.lang, `${browser.name}: a Dutch browser gets Dutch by default`).toBe('nl');
        expect(auto.text).toContain('Dit adres hoorde bij LeakBase, dat de politie uit de lucht heeft gehaald');
        await driver.popup({ chooseLanguage: 'en' });
        await driver.close();

        // A normal install keeps what the user allowed: nothing is asked again after a restart.
        driver = await browser.launch({ port: server.port, profileDir, lang: 'nl-NL' });
        await driver.visit(driver.url(LISTED));
        const badge = await waitFor(`${browser.name}: badge after restart`, () => driver!.badge(), listedBadge(LISTED));
        expect(badge.title, `${browser.name}: icon title in the remembered language`).toContain(
          'which police took down',
        );
        const after = await driver.popup();
        expect(after.lang, `${browser.name}: English choice survives the restart`).toBe('en');
        expect(after.text).toContain('This address belonged to LeakBase, which police took down');
        await driver.popup({ chooseLanguage: 'auto' });
      },
    );

    step(
      'a restart that reopens the last session: the restored tab on a listed site has its badge and popup',
      async () => {
        const restoreProfile = newProfileDir();
        const first = await browser.launch({ port: server.port, profileDir: restoreProfile, restoreSession: true });
        try {
          await first.grantListedSites();
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
          const tabId = await waitFor(
            `${browser.name}: the listed tab restored`,
            () =>
              restored.inExtension<number | undefined>(
                `${EXTENSION_API}.tabs.query({}).then((tabs) => tabs.find((t) => t.url && new URL(t.url).hostname === '${LISTED}' && new URL(t.url).pathname === '/restored')?.id)`,
              ),
            (id) => typeof id === 'number',
            20_000,
          );
          await waitFor(`${browser.name}: badge on the restored tab`, () => restored.badge(tabId), listedBadge(LISTED));
          const popup = await restored.openExtensionPage(`/src/popup/index.html?tab=${tabId}`);
          await waitFor(`${browser.name}: popup for the restored tab`, () => popup.exists('#content h1'), Boolean);
          expect(await popup.text()).toContain('This address belonged to LeakBase, which police took down');
        } finally {
          await restored.close();
        }
      },
    );

    if (browser.name === 'chromium') {
      step(
        'with the service worker stopped while idle, a listed page wakes it and gets its badge; the popup needs no worker',
        async () => {
          const chromiumDriver = await launchChromium({ port: server.port, profileDir: newProfileDir() });
          try {
            await chromiumDriver.grantListedSites();
            await chromiumDriver.visit(chromiumDriver.url(CLEAN));
            await chromiumDriver.stopWorker();
            await chromiumDriver.visit(chromiumDriver.url(LISTED));
            await waitFor('chromium: badge set by the woken worker', () => chromiumDriver.badge(), listedBadge(LISTED));
            await chromiumDriver.stopWorker();
            // The popup reads the tab's address itself: nothing it needs lived in the stopped worker.
            expect((await chromiumDriver.popup()).text).toContain(
              'This address belonged to LeakBase, which police took down',
            );
            await chromiumDriver.visit(chromiumDriver.url(CLEAN));
            await waitFor('chromium: an unlisted page has the plain button', () => chromiumDriver.badge(), plainBadge);
          } finally {
            await chromiumDriver.close();
          }
        },
      );
    }
  });
}
