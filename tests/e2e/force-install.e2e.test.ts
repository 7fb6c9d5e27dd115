// A copy an administrator force-installed (the browsers' ExtensionSettings policy), where nobody ever answers the
// welcome page's question: from install, every confirmed listed domain is stopped before any request, in Chromium
// (a packed CRX from a local update server) and Firefox ESR (an XPI from a local install URL). Browsers let no
// policy grant an extension's optional permissions, so this is what every managed user has until they click.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers.ts';
import { accessCounts, waitFor } from './support/driver.ts';
import { launchFirefox } from './support/firefox-driver.ts';
import { ALL_HOSTS, CONFIRMED, CONFIRMED_SUB, RELAUNCH } from './support/hosts.ts';
import {
  extensionId,
  extensionInfo,
  installedFolder,
  packCrx,
  packXpi,
  startChromium,
} from './support/packed-extension.ts';
import { GECKO_ID } from './support/paths.ts';
import { chromiumPolicyUnavailable, firefoxPolicyUnavailable, writeForceInstallPolicy } from './support/policies.ts';
import { startUpdateServer } from './support/update-server.ts';
import { buildVariant } from './support/variant-build.ts';

const HOSTS = [...ALL_HOSTS, 'updates.test'];
const STOPPED = [CONFIRMED, CONFIRMED_SUB, RELAUNCH];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('chromium: force-installed by policy, nobody answered', () => {
  const skip = BROWSERS.find((b) => b.name === 'chromium')!.skipReason ?? chromiumPolicyUnavailable();
  it("stops the confirmed listed domains from install: 0 requests, the browser's error page", async (ctx) => {
    if (skip) ctx.skip(skip);
    const work = mkdtempSync(join(tmpdir(), 'takedown-alert-force-chromium-'));
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyFile = join(work, 'key.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const id = extensionId(publicKey.export({ type: 'spki', format: 'der' }));
    const server = await startUpdateServer({ chrome: id, gecko: GECKO_ID });
    const updateUrl = `http://updates.test:${server.port}/updates.xml`;
    const build = buildVariant({ dir: join(work, 'n'), updateUrl });
    server.addPackage(build.version, { crx: packCrx(build.chrome, keyFile) });
    server.offer(build.version);
    const removePolicy = writeForceInstallPolicy('chromium', id, updateUrl);
    const profile = join(work, 'profile');
    try {
      const run = await startChromium(profile, server.port, installedFolder(profile, id, build.version), HOSTS);
      try {
        const info = await waitFor(
          'chromium: force-installed',
          () => extensionInfo(run.context, id),
          (i) => i?.version === build.version,
          30_000,
        );
        expect(info?.state).toBe('ENABLED');
        const tab = await run.context.newPage();
        await sleep(1000);
        const errors: string[] = [];
        for (const host of STOPPED)
          errors.push(
            await tab.goto(`http://${host}/managed`).then(
              () => 'loaded',
              (e: unknown) => String(e).split('\n')[0],
            ),
          );
        expect(
          errors.every((e) => e.includes('ERR_BLOCKED_BY_CLIENT')),
          `chromium: stopped by the browser: ${errors.join('; ')}`,
        ).toBe(true);
        // The same tab still loads an unlisted page: the listed ones were stopped, not the tab.
        await sleep(500);
        await waitFor(
          'chromium: an unlisted page loads',
          () =>
            tab.goto('http://clean.test/after').then(
              () => true,
              () => false,
            ),
          Boolean,
        );
        expect(server.pageRequests('clean.test')).toBeGreaterThan(0);
        expect(
          STOPPED.map((h) => server.pageRequests(h)),
          'chromium: requests to the listed hosts',
        ).toEqual([0, 0, 0]);
        console.log(
          'chromium force-installed',
          JSON.stringify({ version: info?.version, state: info?.state, stopped: STOPPED, requests: 0 }),
        );
      } finally {
        await run.stop();
      }
    } finally {
      removePolicy();
      await server.close();
    }
  }, 180_000);
});

describe('firefox: force-installed by policy, nobody answered', () => {
  const skip = BROWSERS.find((b) => b.name === 'firefox')!.skipReason ?? firefoxPolicyUnavailable();
  it('stops the confirmed listed domains from install: 0 requests, the page does not open', async (ctx) => {
    if (skip) ctx.skip(skip);
    const work = mkdtempSync(join(tmpdir(), 'takedown-alert-force-firefox-'));
    const server = await startUpdateServer({ gecko: GECKO_ID });
    const build = buildVariant({ dir: join(work, 'n') });
    server.addPackage(build.version, { xpi: packXpi(build.firefox) });
    server.offer(build.version);
    const removePolicy = writeForceInstallPolicy(
      'firefox',
      GECKO_ID,
      `http://updates.test:${server.port}/package-${build.version}.xpi`,
    );
    try {
      const driver = await launchFirefox({
        port: server.port,
        profileDir: join(work, 'profile'),
        extensionPath: null,
        extraHosts: ['updates.test'],
      });
      try {
        expect(await accessCounts(driver.inExtension)).toMatchObject({ granted: 0 });
        await driver.visit(driver.url('clean.test', '/from'));
        for (const host of STOPPED) {
          await driver.testTab().evaluate(`location.assign(${JSON.stringify(driver.url(host, '/managed'))})`);
          await sleep(500);
        }
        expect(new URL(await driver.currentUrl()).hostname, 'firefox: the page stays where it was').toBe('clean.test');
        expect(
          STOPPED.map((h) => server.pageRequests(h)),
          'firefox: requests to the listed hosts',
        ).toEqual([0, 0, 0]);
      } finally {
        await driver.close();
      }
    } finally {
      removePolicy();
      await server.close();
    }
  }, 180_000);
});
