// A list update as users get it: version N is installed the way a store install behaves (Chromium: a packed
// CRX with a fixed key, installed from an update server; Firefox ESR: an XPI installed in the profile with an
// update URL), then version N+1, which lists one more domain, arrives through the browser's own updater.
// After the update the extension must still be on and nothing may be asked by the browser; every domain that warned
// must still warn, the new one must be stopped before any answer (by the browser's block), and one click that the
// extension asks for must give it the warning page. The same test runs on the designs before this one (rules only
// with access to the listed sites, updated to this design; listed sites as required host permissions) to show what
// the browsers did with those.
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.ts';
import { pressKeys } from './support/display.ts';
import { EXTENSION_API, waitFor } from './support/driver.ts';
import { launchFirefox } from './support/firefox-driver.ts';
import { ALL_HOSTS, CONFIRMED } from './support/hosts.ts';
import { en } from '../../src/i18n/en.ts';
import {
  extensionId,
  extensionInfo,
  installedFolder,
  packCrx,
  packXpi,
  startChromium,
} from './support/packed-extension.ts';
import { GECKO_ID, ROOT, screenshotPath } from './support/paths.ts';
import { startUpdateServer, type UpdateServer } from './support/update-server.ts';
import { buildVariant, type Design, type VariantBuild } from './support/variant-build.ts';
import { unwritableFolder } from './support/writable-folder.ts';

const NEW_DOMAIN = 'newly-listed.example';
const HOSTS = [...ALL_HOSTS, NEW_DOMAIN, 'updates.test'];
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'update');
const EXTERNAL_DIR = '/usr/share/chromium/extensions';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The updates measured: this design updated to its next list, and the designs before this one, to show what the
 * browsers did with them (vite.config.ts, TAKEDOWN_DESIGN).
 */
interface UpdateRun {
  run: 'current' | 'host-access-to-current' | 'required-hosts';
  name: string;
  from: Design;
  to: Design;
}
const RUNS: UpdateRun[] = [
  { run: 'current', name: 'this design: a list update that adds a domain', from: 'current', to: 'current' },
  {
    run: 'host-access-to-current',
    name: 'the design before (rules only with access) updated to this one',
    from: 'host-access',
    to: 'current',
  },
  {
    run: 'required-hosts',
    name: 'the first design: listed sites as required host permissions',
    from: 'required-hosts',
    to: 'required-hosts',
  },
];

/** What an update left the user with; written to test-results for the closing note and the README. */
interface UpdateReport {
  browser: string;
  run: UpdateRun['run'];
  versionBefore: string;
  versionAfter: string;
  enabledAfter: boolean;
  oldDomainWarnsAfter: boolean;
  /** Requests that reached the domain the update added, before the user answered anything (null: not tried). */
  newDomainRequestsBeforeClick: number | null;
  askShown: boolean;
  newDomainWarnsAfterOneClick: boolean;
}
const reports: UpdateReport[] = [];

/** Visits `url` in `page` and says whether the warning page stood in for it. */
async function warns(page: Page, url: string): Promise<boolean> {
  await page.goto(url).catch(() => undefined);
  await sleep(600);
  return page.url().includes('/src/warning/index.html');
}

const chromiumBrowser = BROWSERS.find((b) => b.name === 'chromium')!;
const firefoxBrowser = BROWSERS.find((b) => b.name === 'firefox')!;

/** Whether the build lists its sites as optional host permissions (the user's one click grants them). */
const optionalHosts = (design: Design) => design !== 'required-hosts';

/** What each run must show; for the designs before, what the browsers did with them (measured). */
function expectReport(report: UpdateReport, browserName: 'chromium' | 'firefox', next: string, before: string): void {
  if (report.run === 'current') {
    // Still on, nothing asked by the browser; the new domain is stopped before any answer, and warns after one click.
    expect(report).toMatchObject({
      versionAfter: next,
      enabledAfter: true,
      oldDomainWarnsAfter: true,
      newDomainRequestsBeforeClick: 0,
      askShown: true,
      newDomainWarnsAfterOneClick: true,
    });
  } else if (report.run === 'host-access-to-current') {
    // Blocking without host access is a permission with a warning ("Block content on any page"): an update that
    // adds it is a permission increase. Chromium switches the extension off until the user accepts; Firefox holds
    // the update back until the user accepts it. So the permission had to be in the first published version.
    if (browserName === 'chromium')
      expect(report).toMatchObject({ versionAfter: next, enabledAfter: false, oldDomainWarnsAfter: false });
    else expect(report).toMatchObject({ versionAfter: before, enabledAfter: true, oldDomainWarnsAfter: true });
  } else if (browserName === 'chromium') {
    // The first design fails exactly here: Chromium switched the extension off for the new host permission.
    expect(report).toMatchObject({ enabledAfter: false, oldDomainWarnsAfter: false });
  } else {
    // The first design in Firefox: the update applies, but the new host permission stays ungranted, silently.
    expect(report).toMatchObject({
      versionAfter: next,
      oldDomainWarnsAfter: true,
      askShown: false,
      newDomainWarnsAfterOneClick: false,
    });
  }
}

describe("chromium: a list update through the browser's updater, installed from a packed CRX", () => {
  const skip = chromiumBrowser.skipReason ?? unwritableFolder(EXTERNAL_DIR, EXTERNAL_DIR);
  for (const { run: runName, name, from, to } of RUNS) {
    describe(name, () => {
      let server: UpdateServer;
      let n: VariantBuild;
      let next: VariantBuild;
      let id = '';
      const work = mkdtempSync(join(tmpdir(), `takedown-alert-update-${runName}-`));
      beforeAll(async () => {
        if (skip) return;
        const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
        const keyFile = join(work, 'key.pem');
        writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
        id = extensionId(publicKey.export({ type: 'spki', format: 'der' }));
        server = await startUpdateServer({ chrome: id, gecko: GECKO_ID });
        const updateUrl = `http://updates.test:${server.port}/updates.xml`;
        n = buildVariant({ dir: join(work, 'n'), updateUrl, design: from });
        next = buildVariant({ dir: join(work, 'n1'), extraData: FIXTURE, updateUrl, design: to });
        server.addPackage(n.version, { crx: packCrx(n.chrome, keyFile) });
        server.addPackage(next.version, { crx: packCrx(next.chrome, keyFile) });
        server.offer(n.version);
        // Installed as Chromium installs an extension it is told about from outside the store: from the update URL.
        writeFileSync(join(EXTERNAL_DIR, `${id}.json`), JSON.stringify({ external_update_url: updateUrl }));
      }, 120_000);
      afterAll(async () => {
        if (id) rmSync(join(EXTERNAL_DIR, `${id}.json`), { force: true });
        await server?.close();
      });

      it('after the update: what is on, what is stopped, and what one click adds', async (ctx) => {
        if (skip) ctx.skip(skip);
        const profile = join(work, 'profile');
        let run = await startChromium(profile, server.port, installedFolder(profile, id, n.version), HOSTS);
        try {
          const installed = await waitFor(
            'chromium: version N installed',
            () => extensionInfo(run.context, id),
            (i) => i?.version === n.version,
            20_000,
          );
          expect(installed?.state).toBe('ENABLED');
          const base = `chrome-extension://${id}`;
          if (optionalHosts(from)) {
            // The one step at install: the welcome page's button, then the browser's own dialog.
            const welcome = await waitFor(
              'chromium: welcome page opened at install',
              async () => run.context.pages().find((p) => p.url().startsWith(`${base}/src/welcome/`)),
              Boolean,
              20_000,
            );
            await welcome!.bringToFront();
            await welcome!.click('#grant');
            await sleep(800);
            pressKeys(['Tab', 'Return']);
            await waitFor(
              'chromium: listed sites granted',
              () => welcome!.evaluate<number>('chrome.permissions.getAll().then((p) => (p.origins ?? []).length)'),
              (count) => count > 50,
            );
          }
          const tab = await run.context.newPage();
          expect(await warns(tab, `http://${CONFIRMED}/before-update`), 'version N warns').toBe(true);

          // The store publishes N+1; the browser's updater fetches it and installs it at the next start.
          server.offer(next.version);
          const page = await run.context.newPage();
          await page.goto(`${base}/src/options/index.html`);
          const status = await page.evaluate('chrome.runtime.requestUpdateCheck()');
          expect(status).toMatchObject({ status: 'update_available', version: next.version });
          await waitFor(
            'chromium: N+1 downloaded',
            async () => server.log.includes(`/package-${next.version}.crx`),
            Boolean,
            30_000,
          );
          await sleep(3000);
        } finally {
          await run.stop();
        }

        run = await startChromium(profile, server.port, installedFolder(profile, id, next.version), HOSTS);
        try {
          const after = await waitFor(
            'chromium: N+1 in place',
            () => extensionInfo(run.context, id),
            (i) => i?.version === next.version,
            30_000,
          );
          const tab = await run.context.newPage();
          const report: UpdateReport = {
            browser: 'chromium',
            run: runName,
            versionBefore: n.version,
            versionAfter: after!.version,
            enabledAfter: after!.state === 'ENABLED',
            oldDomainWarnsAfter: await warns(tab, `http://${CONFIRMED}/after-update`),
            newDomainRequestsBeforeClick: null,
            askShown: false,
            newDomainWarnsAfterOneClick: false,
          };
          if (report.enabledAfter) {
            const base = `chrome-extension://${id}`;
            const before = server.pageRequests(NEW_DOMAIN);
            expect(
              await warns(tab, `http://${NEW_DOMAIN}/`),
              'not yet allowed: no warning page for the new domain',
            ).toBe(false);
            report.newDomainRequestsBeforeClick = server.pageRequests(NEW_DOMAIN) - before;
            const popup = await run.context.newPage();
            await popup.goto(`${base}/src/popup/index.html`);
            // The popup draws after its reads; an empty popup is reported as no ask shown.
            await waitFor(
              'chromium: popup drawn',
              () => popup.evaluate<boolean>(`document.querySelector('#content > *') !== null`),
              Boolean,
              5_000,
            ).catch(() => undefined);
            const title = await popup.evaluate<string>('chrome.action.getTitle({})');
            const text = await popup.innerText('body');
            report.askShown = title === en.titleAskNew && text.includes(en.accessNewHeading);
            if (report.askShown) {
              await popup.screenshot({ path: screenshotPath(`chromium-update-ask-${runName}`) });
              await popup.click('#grant');
              await sleep(800);
              pressKeys(['Tab', 'Return']);
              await waitFor(
                'chromium: new site granted',
                () => popup.evaluate<boolean>(`chrome.permissions.contains({ origins: ['*://*.${NEW_DOMAIN}/*'] })`),
                Boolean,
              ).catch(() => undefined);
              // The background switches the new domain from the browser's block to the warning page as the grant arrives.
              report.newDomainWarnsAfterOneClick = await waitFor(
                'chromium: the new domain warns',
                () => warns(tab, `http://${NEW_DOMAIN}/after-click`),
                Boolean,
                8_000,
              ).catch(() => false);
              expect(
                await waitFor(
                  'chromium: the ask goes once answered',
                  () => popup.evaluate<string>('chrome.action.getTitle({})'),
                  (t) => t === en.extName,
                ).catch(() => ''),
                'the ask goes once answered',
              ).toBe(en.extName);
            }
          }
          reports.push(report);
          console.log('update report', JSON.stringify(report));
          expectReport(report, 'chromium', next.version, n.version);
        } finally {
          await run.stop();
        }
      }, 240_000);
    });
  }
});

describe("firefox: a list update through the browser's updater, installed as an XPI with an update URL", () => {
  const skip = firefoxBrowser.skipReason;
  for (const { run: runName, name, from, to } of RUNS) {
    describe(name, () => {
      let server: UpdateServer;
      let n: VariantBuild;
      let next: VariantBuild;
      const work = mkdtempSync(join(tmpdir(), `takedown-alert-ff-update-${runName}-`));
      beforeAll(async () => {
        if (skip) return;
        server = await startUpdateServer({ gecko: GECKO_ID });
        const updateUrl = `http://updates.test:${server.port}/updates.json`;
        n = buildVariant({ dir: join(work, 'n'), updateUrl, design: from });
        next = buildVariant({ dir: join(work, 'n1'), extraData: FIXTURE, updateUrl, design: to });
        server.addPackage(n.version, { xpi: packXpi(n.firefox) });
        server.addPackage(next.version, { xpi: packXpi(next.firefox) });
        server.offer(n.version);
      }, 120_000);
      afterAll(async () => {
        await server?.close();
      });

      it('after the update: what is on, what is stopped, and what one click adds', async (ctx) => {
        if (skip) ctx.skip(skip);
        const driver = await launchFirefox({
          port: server.port,
          profileDir: join(work, 'profile'),
          extensionPath: n.firefox,
          extraHosts: [NEW_DOMAIN, 'updates.test'],
          // Add-on updates from the local server, checked every few seconds (Firefox checks daily by default).
          extraPrefs: {
            'extensions.update.enabled': true,
            'extensions.update.autoUpdateDefault': true,
            'extensions.checkUpdateSecurity': false,
            'extensions.update.requireBuiltInCerts': false,
            'extensions.install.requireBuiltInCerts': false,
            'extensions.update.interval': 5,
            'app.update.timerFirstInterval': 1000,
            'app.update.timerMinimumDelay': 1,
          },
        });
        try {
          const version = () => driver.inExtension<string>(`${EXTENSION_API}.runtime.getManifest().version`);
          expect(await version()).toBe(n.version);
          if (optionalHosts(from)) await driver.grantListedSites();
          await driver.visit(driver.url(CONFIRMED, '/before-update')).catch(() => undefined);
          expect(
            await waitFor(
              'firefox: version N warns',
              () => driver.currentUrl(),
              (u) => u.includes('/src/warning/'),
            ).then(() => true),
          ).toBe(true);
          // Back to an ordinary page: an update closes the extension's own pages, the warning page too.
          await driver.visit(driver.url('clean.test'));

          server.offer(next.version);
          await waitFor(
            'firefox: N+1 downloaded',
            async () => server.log.includes(`/package-${next.version}.xpi`),
            Boolean,
            60_000,
          );
          // An update that needs no answer is applied within a moment; one that asks for a new permission waits.
          await waitFor('firefox: N+1 in place', version, (v) => v === next.version, 15_000).catch(() => undefined);
          await sleep(2000);
          const after = await version();
          const report: UpdateReport = {
            browser: 'firefox',
            run: runName,
            versionBefore: n.version,
            versionAfter: after,
            enabledAfter: true,
            oldDomainWarnsAfter: false,
            newDomainRequestsBeforeClick: null,
            askShown: false,
            newDomainWarnsAfterOneClick: false,
          };
          const tab = driver.testTab();
          const warnsNow = async (host: string, path: string) => {
            await tab.evaluate(`location.assign(${JSON.stringify(driver.url(host, path))})`);
            await sleep(1200);
            return (await driver.currentUrl()).includes('/src/warning/');
          };
          report.oldDomainWarnsAfter = await warnsNow(CONFIRMED, '/after-update');
          if (after === next.version) {
            await driver.visit(driver.url('clean.test', '/before-new'));
            const before = server.pageRequests(NEW_DOMAIN);
            expect(await warnsNow(NEW_DOMAIN, '/'), 'not yet allowed: no warning page for the new domain').toBe(false);
            report.newDomainRequestsBeforeClick = server.pageRequests(NEW_DOMAIN) - before;
            const popup = await driver.openExtensionPage(`/src/popup/index.html?tab=${await driver.testTabId()}`);
            const title = await popup.evaluate<string>(`${EXTENSION_API}.action.getTitle({})`);
            await waitFor('firefox: popup drawn', () => popup.exists('#content > *'), Boolean, 5_000).catch(
              () => undefined,
            );
            const text = await popup.text();
            report.askShown = title === en.titleAskNew && text.includes(en.accessNewHeading);
            if (report.askShown) {
              await popup.screenshot(screenshotPath(`firefox-update-ask-${runName}`));
              await popup.click('#grant');
              await waitFor(
                'firefox: new site granted',
                () =>
                  driver.inExtension<boolean>(
                    `${EXTENSION_API}.permissions.contains({ origins: ['*://*.${NEW_DOMAIN}/*'] })`,
                  ),
                Boolean,
              ).catch(() => undefined);
              report.newDomainWarnsAfterOneClick = await warnsNow(NEW_DOMAIN, '/after-click');
            }
            await popup.close().catch(() => undefined);
          }
          reports.push(report);
          console.log('update report', JSON.stringify(report));
          expectReport(report, 'firefox', next.version, n.version);
        } finally {
          await driver.close();
        }
      }, 240_000);
    });
  }
});

afterAll(() => {
  if (reports.length === 0) return;
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'update-measurements.json'), `${JSON.stringify(reports, null, 2)}\n`);
});
