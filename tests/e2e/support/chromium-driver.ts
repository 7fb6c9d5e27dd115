// Real Chromium (Debian's /usr/bin/chromium) with the unpacked Chrome build loaded, driven by playwright-core.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Badge, Driver, NoticeContent, PopupView, TabHandle } from './driver.ts';
import { accessCounts, findTestTab, inRealPopup, languageChosen, readBadge, realPopup, waitFor } from './driver.ts';
import { ensureDisplay, pressKeys } from './display.ts';
import { ALL_HOSTS } from './hosts.ts';
import { CHROMIUM_PATH, DIST_CHROME } from './paths.ts';
import { writeChromiumPolicy, type ExtensionPolicy } from './policies.ts';

export interface ChromiumOptions {
  profileDir: string;
  port: number;
  /** Browser UI and content language, e.g. 'nl' or 'en-US'. */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** An administrator policy for the extension (written to Chromium's managed policy folder). */
  policy?: ExtensionPolicy;
  /** Keep the session and reopen its tabs at the next start (the test tab is then not known up front). */
  restoreSession?: boolean;
  /** Load this build instead of dist/chrome. */
  extensionDir?: string;
  /** Host names resolved to the local server besides the test hosts. */
  extraHosts?: string[];
}

interface DomNode {
  nodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The notice's closed shadow tree, read through the DevTools protocol (which sees closed roots: pierce). */
async function closedNotice(page: Page): Promise<NoticeContent | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const html = root.children?.find((n) => n.localName === 'html');
    const shadow = html?.children?.find((n) => n.localName === 'div' && n.shadowRoots?.length)?.shadowRoots?.[0];
    if (!shadow) return null;
    const texts: string[] = [];
    const buttons: DomNode[] = [];
    const textOf = (n: DomNode): string => (n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(textOf).join(''));
    const walk = (n: DomNode): void => {
      if (n.localName === 'style') return;
      if (n.localName === 'button') buttons.push(n);
      if (n.nodeType === 3 && n.nodeValue.trim()) texts.push(n.nodeValue.trim());
      for (const c of n.children ?? []) walk(c);
    };
    walk(shadow);
    return {
      texts,
      buttons: await Promise.all(
        buttons.map(async (b) => {
          const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: b.nodeId })) as {
            model: { content: number[] };
          };
          const [x1, y1, , , x3, y3] = model.content;
          const attrs = b.attributes ?? [];
          const label = attrs.indexOf('aria-label');
          return {
            text: textOf(b).trim(),
            label: label === -1 ? null : attrs[label + 1]!,
            x: (x1! + x3!) / 2,
            y: (y1! + y3!) / 2,
          };
        }),
      ),
    };
  } finally {
    await cdp.detach();
  }
}

/** Wraps a playwright page as the tests' TabHandle. */
export function chromiumTab(page: Page): TabHandle {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    text: (selector = 'body') => page.innerText(selector),
    exists: async (selector) => (await page.$(selector)) !== null,
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    hover: (selector) => page.hover(selector),
    bringToFront: () => page.bringToFront(),
    // Keys go to the tab in front: bring this one there first (another test may have opened a tab since).
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async screenshot(path, fullPage = true) {
      await page.screenshot({ path, fullPage });
    },
    closedNotice: () => closedNotice(page),
    errors: () => errors,
    isClosed: () => page.isClosed(),
    close: () => page.close(),
  };
}

/** One request the browser made, and the page or worker that made it. */
export interface RecordedRequest {
  url: string;
  by: string;
  /** A tab's own navigation (the user's, or here the test's), which the page showing at the time does not make. */
  navigation: boolean;
}

export async function launchChromium(options: ChromiumOptions): Promise<
  Driver & {
    context: BrowserContext;
    worker(): Promise<Worker>;
    stopWorker(): Promise<void>;
    requests: RecordedRequest[];
  }
> {
  // Playwright reports a service worker's own requests only with this switch (read when the browser starts).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const extensionDir = options.extensionDir ?? DIST_CHROME;
  const removePolicy = options.policy ? writeChromiumPolicy(extensionDir, options.policy) : () => undefined;
  const rules = [...ALL_HOSTS, ...(options.extraHosts ?? [])]
    .map((h) => `MAP ${h} 127.0.0.1:${options.port}`)
    .join(', ');
  // A window on a virtual screen: the permission request is a browser dialog that only a window shows.
  const display = await ensureDisplay();
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    env: { ...process.env, DISPLAY: display },
    locale: options.lang ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1000, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${rules}`,
      `--lang=${options.lang ?? 'en-US'}`,
      '--window-position=0,0',
      '--window-size=1024,860',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      ...(options.restoreSession ? ['--restore-last-session'] : []),
    ],
  });
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    let by = '';
    try {
      by = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      by = '(unknown)';
    }
    requests.push({ url: request.url(), by, navigation: request.isNavigationRequest() });
  });
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL((await worker()).url()).host;
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const testTabHandle = chromiumTab(page);
  const base = `chrome-extension://${extensionId}`;

  // Extension APIs are called from an extension page, not the worker: the worker may be stopped, and
  // a restarted worker is a new target.
  let probe: Page | null = null;
  async function inExtension<T>(fn: string): Promise<T> {
    if (!probe || probe.isClosed()) {
      probe = await context.newPage();
      await probe.goto(`${base}/src/popup/index.html?probe`);
    }
    return probe.evaluate(fn) as Promise<T>;
  }

  // The worker's running status, as the DevTools protocol reports it, from a page of its own that stays open.
  let workerStatus = 'unknown';
  let cdpPage: Page | null = null;
  let cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>> | null = null;
  async function serviceWorkers() {
    if (!cdp || !cdpPage || cdpPage.isClosed()) {
      cdpPage = await context.newPage();
      cdp = await context.newCDPSession(cdpPage);
      cdp.on(
        'ServiceWorker.workerVersionUpdated',
        (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
          for (const v of event.versions) if (v.scriptURL.startsWith(base)) workerStatus = v.runningStatus;
        },
      );
      await cdp.send('ServiceWorker.enable');
    }
    return cdp;
  }

  // The test tab keeps its id across navigations; find it once, while it is the only tab that is not
  // an extension page, and remember it (later it may show the warning page, an extension page too).
  let testTab: number | undefined;
  const testTabId = async (): Promise<number> => (testTab ??= await findTestTab('chromium', inExtension, base));

  if (!options.restoreSession) await testTabId();

  async function close(): Promise<void> {
    await context.close();
    removePolicy();
  }

  return {
    name: 'chromium',
    context,
    worker,
    requests,
    url: (host, path = '/') => `http://${host}${path}`,
    async visit(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async back() {
      await page.goBack({ waitUntil: 'load' });
    },
    currentUrl: async () => page.url(),
    navigations: async () => requests.filter((r) => r.navigation).map((r) => r.url),
    testTabId,
    async badge(tabId?: number): Promise<Badge> {
      return readBadge(inExtension, tabId ?? (await testTabId()));
    },
    async popup(opts = {}): Promise<PopupView> {
      const tabId = await testTabId();
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      try {
        await popup.goto(`${base}/src/popup/index.html?tab=${tabId}`);
        await popup.waitForSelector('#content > *');
        if (opts.chooseLanguage) {
          await popup.selectOption('#language', opts.chooseLanguage);
          await languageChosen(
            'chromium',
            inExtension,
            () => popup.evaluate(() => document.documentElement.lang),
            opts.chooseLanguage,
            options.lang ?? 'en-US',
          );
        }
        if (opts.screenshot) await popup.screenshot({ path: opts.screenshot, fullPage: true });
        return { text: await popup.innerText('body'), lang: await popup.evaluate(() => document.documentElement.lang) };
      } finally {
        await popup.close();
      }
    },
    async openPopupAsUser() {
      await page.bringToFront();
      pressKeys(['alt+shift+k']);
      return realPopup('chromium', inExtension, {
        async activate(selector) {
          await inRealPopup(inExtension, `(d) => d.querySelector(${JSON.stringify(selector)}).focus()`);
          pressKeys(['Return']);
        },
        async close() {
          if ((await inRealPopup<boolean>(inExtension, '() => true')) === true) pressKeys(['Escape']);
        },
      });
    },
    inExtension,
    extensionBase: base,
    testTab: () => testTabHandle,
    async openExtensionPage(path) {
      const tab = await context.newPage();
      const handle = chromiumTab(tab);
      await tab.goto(`${base}${path}`);
      await tab.waitForLoadState('load');
      return handle;
    },
    async openByScript(url) {
      const [tab] = await Promise.all([context.waitForEvent('page'), page.evaluate((u) => void window.open(u), url)]);
      await tab.waitForLoadState('load');
      return chromiumTab(tab);
    },
    /** Stops the extension's service worker as Chromium does when it is idle (chrome://serviceworker-internals). */
    async stopWorker(): Promise<void> {
      const page = await context.newPage();
      try {
        await page.goto('chrome://serviceworker-internals/');
        const status = () => page.innerText('body').then((t) => t.match(/Running Status: (\w+)/)?.[1]);
        await waitFor('chromium: worker running before stop', status, (s) => s === 'RUNNING');
        await page.locator('cr-button[data-command="stop"]').first().click();
        await waitFor('chromium: worker stopped', status, (s) => s === 'STOPPED');
      } finally {
        await page.close();
      }
    },
    async stopBackground(): Promise<void> {
      const session = await serviceWorkers();
      await session.send('ServiceWorker.stopAllWorkers');
      await waitFor(
        'chromium: worker stopped',
        async () => workerStatus,
        (s) => s === 'stopped' || s === 'unknown',
        5000,
      );
    },
    async backgroundRunning(): Promise<boolean> {
      await serviceWorkers();
      return workerStatus === 'running' || workerStatus === 'starting';
    },
    close,
    // A normal quit: Chromium saves the session on the way out.
    endForRestore: close,
    async acceptPermissionRequest(): Promise<void> {
      await new Promise((r) => setTimeout(r, 700));
      pressKeys(['Tab', 'Return']);
    },
    // Chromium asks before a page reads the clipboard (a prompt that waits for an answer); the DevTools protocol
    // refuses a grant for an extension origin ("opaque"), so the read permission is given to the whole profile.
    async allowClipboardRead(): Promise<void> {
      await context.grantPermissions(['clipboard-read']);
    },
    async grantListedSites(): Promise<void> {
      if ((await accessCounts(inExtension)).granted > 0) return;
      const welcomeUrl = `${base}/src/welcome/index.html`;
      const welcome = context.pages().find((p) => p.url().startsWith(welcomeUrl)) ?? (await context.newPage());
      if (!welcome.url().startsWith(welcomeUrl)) await welcome.goto(welcomeUrl);
      await welcome.bringToFront();
      // The click can be held until the browser's dialog is answered (seen with 10,000 sites on a busy machine),
      // so it is not awaited before the answer.
      const click = welcome.click('#grant', { timeout: 60_000 }).catch((error: unknown) => error);
      // The browser's dialog opens over the window with "Deny" focused: Tab moves to "Allow", Return presses it.
      // The dialog may take a moment to appear, so try a few times, checking the grant in between.
      const granted = (c: { granted: number; listed: number }) => c.granted === c.listed && c.listed > 0;
      for (let attempt = 1; ; attempt++) {
        await new Promise((r) => setTimeout(r, 700));
        pressKeys(['Tab', 'Return']);
        try {
          await waitFor('chromium: permission dialog answered', () => accessCounts(inExtension), granted, 3000);
          break;
        } catch (error) {
          if (attempt === 8)
            throw new Error(
              `${String(error)}; the click on #grant: ${String(await Promise.race([click, Promise.resolve('still pending')]))}`,
            );
        }
      }
      await click;
      await welcome.close();
    },
  };
}
