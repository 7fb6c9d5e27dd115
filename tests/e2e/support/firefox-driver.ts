// Real Firefox ESR (Debian's /usr/bin/firefox-esr) with the Firefox build installed as a normal, permanent
// add-on (placed in the profile, as an installed add-on is; ESR accepts it unsigned when told to), driven by
// puppeteer-core over WebDriver BiDi. Permanent, so that what users keep across restarts (permissions,
// registered content scripts, storage) is kept here too.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipBuild } from '../../../src/tools/zip.ts';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Badge, Driver, PopupView, TabHandle } from './driver.ts';
import {
  EXTENSION_API,
  accessCounts,
  findTestTab,
  inRealPopup,
  languageChosen,
  readBadge,
  realPopup,
  waitFor,
} from './driver.ts';
import { ALL_HOSTS } from './hosts.ts';
import { sessionTabUrls } from './mozlz4.ts';
import { DIST_FIREFOX, FIREFOX_PATH, FIREFOX_UUID, GECKO_ID } from './paths.ts';
import { writeFirefoxPolicy, type ExtensionPolicy } from './policies.ts';

export interface FirefoxOptions {
  profileDir: string;
  port: number;
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** Install this folder or zip instead of dist/firefox. */
  /** null: installed by the administrator's policy (ExtensionSettings), not placed in the profile. */
  extensionPath?: string | null;
  /** An administrator policy for the extension (a policies.json via browser.policies.alternatePath). */
  policy?: ExtensionPolicy;
  /** Keep the session and reopen its tabs at the next start (the test tab is then not known up front). */
  restoreSession?: boolean;
  /** More preferences (the update test turns on add-on updates from a local server). */
  extraPrefs?: Record<string, string | number | boolean>;
  /** Host names resolved to the local server besides the test hosts. */
  extraHosts?: string[];
}

/** Wraps a puppeteer page as the tests' TabHandle. */
export function firefoxTab(page: Page): TabHandle {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    text: (selector = 'body') => page.$eval(selector, (el) => (el as HTMLElement).innerText),
    exists: async (selector) => (await page.$(selector)) !== null,
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    hover: (selector) => page.hover(selector),
    bringToFront: () => page.bringToFront(),
    // Keys go to the tab in front: bring this one there first (another test may have opened a tab since).
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    setViewport: (width, height) => page.setViewport({ width, height }),
    async screenshot(path, fullPage = true) {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    errors: () => errors,
    isClosed: () => page.isClosed(),
    close: () => page.close(),
  };
}

/**
 * Runs an expression in the browser's own chrome (WebDriver BiDi's chrome scope, which --remote-allow-system-access
 * opens): the add-on manager, the toolbar, the permission prompts.
 */
export async function inFirefoxChrome<T>(browser: Browser, expression: string): Promise<T> {
  const bidi = (
    browser as unknown as {
      connection: { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };
    }
  ).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = (tree.result.contexts as { context: string }[])[0].context;
  const { result } = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type !== 'success') throw new Error(`firefox chrome: ${JSON.stringify(result).slice(0, 300)}`);
  return (result.result as { value: T }).value;
}

/** Puts the build into the profile as `<id>.xpi`, where Firefox finds installed add-ons at start-up. */
function installInProfile(profileDir: string, extensionDir: string): void {
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  writeFileSync(join(profileDir, 'extensions', `${GECKO_ID}.xpi`), zipBuild(extensionDir));
}

/** The element Firefox binds the extension's keyboard shortcuts to (makeWidgetId: lower case, other characters as "_"). */
const SHORTCUTS = `ext-keyset-id-${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;

/** The extension as Firefox's add-on manager holds it (in the browser's chrome). */
const ADDON = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)})`;

export async function launchFirefox(options: FirefoxOptions): Promise<Driver & { browser: Browser }> {
  const removePolicy = options.policy ? writeFirefoxPolicy(options.policy) : () => undefined;
  if (options.extensionPath !== null) installInProfile(options.profileDir, options.extensionPath ?? DIST_FIREFOX);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: options.profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': [...ALL_HOSTS, ...(options.extraHosts ?? [])].join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.accept_languages': options.lang ?? 'en-US',
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      // Firefox's own answer to an optional-permission request, without its doorhanger (which automation cannot
      // press): the request itself still comes from the extension's button, in the user's click.
      'extensions.webextOptionalPermissionPrompts': false,
      // The add-on in the profile is enabled as installed, without the third-party-install question; ESR takes it unsigned.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      // Restored tabs load at once, as the selected one does (by default Firefox loads the others when first shown).
      ...(options.restoreSession
        ? {
            'browser.startup.page': 3,
            'browser.sessionstore.resume_from_crash': true,
            'browser.sessionstore.interval': 500,
            'browser.sessionstore.restore_on_demand': false,
          }
        : {}),
      ...options.extraPrefs,
    },
  });
  const base = `moz-extension://${FIREFOX_UUID}`;
  // A restored session replaces the first tabs as it comes back: wait until the set of tabs stops changing.
  if (options.restoreSession) {
    let last = '';
    await waitFor(
      'firefox: session restored',
      async () => {
        const now = (
          await Promise.all((await browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => '?')))
        ).join();
        const stable = now === last && !now.includes('?');
        last = now;
        await new Promise((r) => setTimeout(r, 700));
        return stable;
      },
      Boolean,
      20_000,
    );
  }
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const testTabHandle = firefoxTab(page);

  /** Extension pages never report navigation to the remote agent: start the load and poll instead. */
  async function openExtensionPage(path: string, into?: Page): Promise<Page> {
    const target = into ?? (await browser.newPage());
    const url = `${base}${path}`;
    void target.goto(url).catch(() => undefined);
    // Compare without the hash: Firefox percent-encodes it in location.href.
    const page = url.split('#')[0];
    await waitFor(
      `firefox: open ${path.slice(0, 80)}`,
      () => target.evaluate(() => [location.href, document.readyState]),
      ([href, state]) => href.split('#')[0] === page && state === 'complete',
    );
    return target;
  }

  /** The add-on manager's view of the extension's background, and the browser's shortcuts. */
  const inBrowserChrome = <T>(expression: string) => inFirefoxChrome<T>(browser, expression);

  let probe: Page | null = null;
  async function inExtension<T>(fn: string): Promise<T> {
    // An update of the extension closes its pages, the probe too: open a new one then.
    if (!probe || probe.isClosed()) probe = await openExtensionPage('/src/popup/index.html?probe');
    try {
      return (await probe.evaluate(fn)) as T;
    } catch (error) {
      if (!/no such frame|closed|detached|Target/i.test(String(error))) throw error;
      probe = await openExtensionPage('/src/popup/index.html?probe');
      return (await probe.evaluate(fn)) as T;
    }
  }

  // The test tab keeps its id across navigations; find it once, while it is the only tab that is not
  // an extension page, and remember it (later it may show the warning page, an extension page too).
  let testTab: number | undefined;
  const testTabId = async (): Promise<number> => (testTab ??= await findTestTab('firefox', inExtension, base));

  // An install by policy happens after the browser has started: wait for the add-on manager to have it.
  if (options.extensionPath === null) {
    await waitFor(
      'firefox: installed by policy',
      () =>
        inBrowserChrome<boolean>(
          `ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs').AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)}).then((a) => Boolean(a?.isActive))`,
        ),
      Boolean,
      40_000,
    );
  }
  if (!options.restoreSession) await testTabId();

  return {
    name: 'firefox',
    browser,
    extensionBase: base,
    testTab: () => testTabHandle,
    async openExtensionPage(path) {
      const tab = await browser.newPage();
      const handle = firefoxTab(tab);
      await openExtensionPage(path, tab);
      return handle;
    },
    async openByScript(url) {
      // The remote agent does not report the new tab's navigation to an extension page, so look for the new page.
      const before = new Set(await browser.pages());
      await page.evaluate((u) => void window.open(u), url);
      const tab = await waitFor(
        'firefox: tab opened by window.open',
        async () => (await browser.pages()).find((p) => !before.has(p)),
        Boolean,
      );
      return firefoxTab(tab!);
    },
    url: (host, path = '/') => `http://${host}:${options.port}${path}`,
    async visit(url) {
      // After a back-forward-cache restore puppeteer loses track of the tab's navigations, so navigate
      // from inside the page and wait for a new document (a new time origin) to finish loading.
      const state = () => page.evaluate(() => [performance.timeOrigin, document.readyState] as const);
      const [origin] = await state();
      await page.evaluate((to) => location.assign(to), url);
      await waitFor(`firefox: load ${url}`, state, ([o, ready]) => o !== origin && ready === 'complete', 20_000);
    },
    async back() {
      // goBack waits for a load event that a page restored from the back-forward cache never fires.
      // puppeteer's page.url() is not updated then either, so ask the page itself.
      const href = () => page.evaluate(() => [location.href, document.readyState]);
      const [before] = await href();
      await page.evaluate(() => history.back());
      await waitFor('firefox: history.back()', href, ([url, state]) => url !== before && state === 'complete');
    },
    currentUrl: () => page.evaluate(() => location.href),
    testTabId,
    async badge(tabId?: number): Promise<Badge> {
      return readBadge(inExtension, tabId ?? (await testTabId()));
    },
    async popup(opts = {}): Promise<PopupView> {
      const tabId = await testTabId();
      const popup = await openExtensionPage(`/src/popup/index.html?tab=${tabId}`);
      try {
        await popup.setViewport({ width: 400, height: 600 });
        await popup.waitForSelector('#content > *');
        if (opts.chooseLanguage) {
          await popup.select('#language', opts.chooseLanguage);
          await languageChosen(
            'firefox',
            inExtension,
            () => popup.evaluate(() => document.documentElement.lang),
            opts.chooseLanguage,
            options.lang ?? 'en-US',
          );
        }
        if (opts.screenshot) await popup.screenshot({ path: opts.screenshot as `${string}.png`, fullPage: true });
        return {
          text: await popup.evaluate(() => document.body.innerText),
          lang: await popup.evaluate(() => document.documentElement.lang),
        };
      } finally {
        await popup.close();
      }
    },
    async openPopupAsUser() {
      await page.bringToFront();
      // Synthesised key events reach only the page, not the browser's shortcuts; so the browser's own command for the
      // shortcut runs, the path a key press takes (it opens the popup and gives it the tab: activeTab).
      await inBrowserChrome<unknown>(
        `document.getElementById(${JSON.stringify(SHORTCUTS)}).querySelector('key').doCommand()`,
      );
      return realPopup('firefox', inExtension, {
        activate: async () => {
          throw new Error('firefox: pressing a key inside the toolbar popup is not automated here');
        },
        close: async () => {
          await inRealPopup(inExtension, '(d) => d.defaultView.close()');
        },
      });
    },
    inExtension,
    async close() {
      await browser.close();
      removePolicy();
    },
    stopBackground: () =>
      inBrowserChrome<unknown>(`${ADDON}.terminateBackground({ disableResetIdleForTest: true })`).then(() => undefined),
    backgroundRunning: () => inBrowserChrome<string>(`${ADDON}.backgroundState`).then((state) => state !== 'stopped'),
    // Firefox answers optional-permission requests itself here (extensions.webextOptionalPermissionPrompts).
    acceptPermissionRequest: async () => undefined,
    // Firefox ESR 153 gives a page the clipboard's text without its paste prompt when a page of the same origin put it
    // there (measured), and that is all the tests read back: nothing to allow.
    allowClipboardRead: async () => undefined,
    async grantListedSites(): Promise<void> {
      if ((await accessCounts(inExtension)).granted > 0) return;
      const welcome = await openExtensionPage('/src/welcome/index.html');
      await welcome.waitForSelector('#grant');
      await welcome.click('#grant');
      await waitFor(
        'firefox: listed sites granted',
        () => accessCounts(inExtension),
        (c) => c.granted === c.listed && c.listed > 0,
      );
      // The welcome page the install opened, and this one.
      for (const p of await browser.pages()) {
        if ((await p.evaluate(() => location.href).catch(() => '')).startsWith(`${base}/src/welcome/`)) await p.close();
      }
    },
    async endForRestore() {
      // Under automation a normal quit closes the windows one by one first and saves an empty session,
      // so end the process once the session file holds every tab, and let Firefox restore it as after
      // a crash (restoreSession turns that on).
      // Pages closed a moment ago may still be listed: they have no address to keep.
      const urls = (
        await Promise.all((await browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => null)))
      ).filter((u): u is string => u !== null);
      // Granted permissions are written to the profile a moment after the grant; a killed process would lose them.
      const granted = await inExtension<string[]>(`${EXTENSION_API}.permissions.getAll().then((p) => p.origins ?? [])`);
      const prefsFile = join(options.profileDir, 'extension-preferences.json');
      await waitFor(
        'firefox: granted permissions saved in the profile',
        async () => (existsSync(prefsFile) ? readFileSync(prefsFile, 'utf8') : ''),
        (text) => granted.every((o) => text.includes(o)),
        20_000,
      );
      const recovery = join(options.profileDir, 'sessionstore-backups', 'recovery.jsonlz4');
      await waitFor(
        'firefox: tabs saved in the session file',
        async () => (existsSync(recovery) ? sessionTabUrls(readFileSync(recovery)) : []),
        (saved) => urls.every((u) => saved.includes(u)),
        20_000,
      );
      const process = browser.process();
      if (!process) throw new Error('firefox: no browser process to end');
      const exited = new Promise((resolve) => process.once('exit', resolve));
      process.kill('SIGKILL');
      await exited;
      removePolicy();
    },
  };
}
