// What the browsers ask at install and when the listed sites are requested, measured on this build and on the design
// before it (rules only with access: declarativeNetRequestWithHostAccess, no installed ruleset): Chromium's own
// list of install warnings (management.getPermissionWarningsByManifest, what its install dialog shows), and Firefox
// ESR's real install prompt and optional-permission prompt, read from the browser's window. The words are written
// to test-results/install-dialogs.json, and the README's permissions table must quote them.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBuild } from '../../src/tools/zip.ts';
import { BROWSERS, newProfileDir } from './support/browsers.ts';
import { waitFor } from './support/driver.ts';
import { inFirefoxChrome, launchFirefox } from './support/firefox-driver.ts';
import { launchChromium } from './support/chromium-driver.ts';
import { DIST_CHROME, DIST_FIREFOX, FIREFOX_PATH, ROOT } from './support/paths.ts';
import { buildVariant, type VariantBuild } from './support/variant-build.ts';

const readme = () => readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
const manifestOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    optional_host_permissions: string[];
  };
const measured: Record<string, unknown> = {};
let before: VariantBuild | undefined;

/** The visible text of the permission prompt Firefox shows now (its labels and descriptions), or ''. */
const PROMPT_TEXT = `(() => {
  const prompt = document.getElementById('addon-webext-permissions-notification');
  if (!prompt || prompt.hidden || PopupNotifications.panel.state !== 'open') return '';
  const out = [];
  const walk = (el) => {
    if (el.hidden) return;
    if (el.localName === 'label' && el.getAttribute('value')) out.push(el.getAttribute('value'));
    for (const c of el.childNodes) { if (c.nodeType === 3 && c.textContent.trim()) out.push(c.textContent.trim()); else if (c.nodeType === 1) walk(c); }
  };
  walk(prompt);
  return out.join(' | ');
})()`;

beforeAll(() => {
  if (BROWSERS.every((b) => b.skipReason)) return;
  before = buildVariant({ dir: mkdtempSync(join(tmpdir(), 'takedown-alert-design-before-')), design: 'host-access' });
}, 120_000);

afterAll(() => {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'install-dialogs.json'), `${JSON.stringify(measured, null, 2)}\n`);
});

describe('chromium: the install warnings and the request for the listed sites', () => {
  const chromium = BROWSERS.find((b) => b.name === 'chromium')!;
  it('this build says "Block content on any page" at install; the design before said nothing; asking for the sites says "a number of websites"', async (ctx) => {
    if (chromium.skipReason) ctx.skip(chromium.skipReason);
    const driver = await launchChromium({ profileDir: newProfileDir(), port: 1 });
    try {
      const warnings = (manifest: object) =>
        driver.inExtension<string[]>(
          `new Promise((resolve) => chrome.management.getPermissionWarningsByManifest(${JSON.stringify(JSON.stringify(manifest))}, resolve))`,
        );
      const now = manifestOf(DIST_CHROME);
      const result = {
        install: await warnings(now),
        installDesignBefore: await warnings(manifestOf(before!.chrome)),
        // What the request for the listed sites lists: the same sites as required host permissions.
        listedSites: await warnings({
          manifest_version: 3,
          name: 'x',
          version: '1',
          host_permissions: now.optional_host_permissions,
        }),
      };
      measured.chromium = result;
      expect(result).toEqual({
        install: ['Block content on any page'],
        installDesignBefore: [],
        listedSites: ['Read and change your data on a number of websites'],
      });
      for (const words of [...result.install, ...result.listedSites])
        expect(readme(), `README quotes "${words}"`).toContain(words);
    } finally {
      await driver.close();
    }
  }, 90_000);
});

describe('firefox: the real install prompt and the real request for the listed sites', () => {
  const firefox = BROWSERS.find((b) => b.name === 'firefox')!;
  it('this build asks "Block content on any page" at install; the design before asked nothing; asking for the sites says "sites in N domains"', async (ctx) => {
    if (firefox.skipReason) ctx.skip(firefox.skipReason);
    const install = async (dir: string): Promise<string> => {
      const xpi = join(mkdtempSync(join(tmpdir(), 'takedown-alert-xpi-')), 'takedown-alert.xpi');
      writeFileSync(xpi, zipBuild(dir));
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        userDataDir: newProfileDir(),
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: { 'xpinstall.signatures.required': false },
      });
      try {
        // The install as about:addons starts it from a file: the browser shows its permission prompt.
        await inFirefoxChrome(
          browser,
          `(async () => {
          const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
          const { FileUtils } = ChromeUtils.importESModule('resource://gre/modules/FileUtils.sys.mjs');
          const install = await AddonManager.getInstallForFile(new FileUtils.File(${JSON.stringify(xpi)}));
          AddonManager.installAddonFromAOM(gBrowser.selectedBrowser, Services.io.newURI('about:addons'), install);
          return true;
        })()`,
        );
        return await waitFor(
          'firefox: install prompt shown',
          () => inFirefoxChrome<string>(browser, PROMPT_TEXT),
          (t) => t.includes('Add'),
          15_000,
        );
      } finally {
        await browser.close();
      }
    };
    const installNow = await install(DIST_FIREFOX);
    const installBefore = await install(before!.firefox);
    // The request for the listed sites, from the welcome page's button, with Firefox's own prompt (not answered).
    const driver = await launchFirefox({
      profileDir: newProfileDir(),
      port: 1,
      extraPrefs: { 'extensions.webextOptionalPermissionPrompts': true },
    });
    let request = '';
    try {
      const welcome = await driver.openExtensionPage('/src/welcome/index.html');
      await waitFor('firefox: welcome drawn', () => welcome.exists('#grant'), Boolean);
      await welcome.click('#grant');
      request = await waitFor(
        'firefox: request prompt shown',
        () => inFirefoxChrome<string>(driver.browser, PROMPT_TEXT),
        (t) => t.includes('New permissions'),
        15_000,
      );
    } finally {
      await driver.close();
    }
    const domains = manifestOf(DIST_FIREFOX).optional_host_permissions.length;
    measured.firefox = { install: installNow, installDesignBefore: installBefore, listedSites: request.slice(0, 400) };
    expect(installNow).toContain('Required permissions: | Block content on any page');
    expect(installBefore, 'the design before asked for nothing at install').not.toContain('Required permissions');
    expect(request).toContain('Takedown Alert | requests additional settings | New permissions:');
    expect(request).toContain(`Access your data for sites in ${domains} domains`);
    for (const words of [
      'Required permissions: Block content on any page',
      'Takedown Alert requests additional settings. New permissions: Access your data for sites in',
    ]) {
      expect(readme(), `README quotes "${words}"`).toContain(words);
    }
  }, 120_000);
});
