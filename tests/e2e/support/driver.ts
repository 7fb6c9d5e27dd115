// What an end-to-end scenario needs from a browser with the built extension loaded.
// Chromium and Firefox implement it differently; the scenarios are written once.
import { resolveLanguage, type LanguageSetting } from '../../../src/core/language.ts';

export interface Badge {
  text: string;
  title: string;
}

export interface PopupView {
  text: string;
  lang: string;
}

/** The toolbar popup as the browser opened it (not a tab showing the popup's page). */
export interface RealPopup {
  text(): Promise<string>;
  exists(selector: string): Promise<boolean>;
  /** Gives the element keyboard focus and presses Enter with the real keyboard: a trusted click (Chromium only). */
  activate(selector: string): Promise<void>;
  close(): Promise<void>;
}

/** A tab the test looks at: an extension page, or the test tab itself. */
export interface NoticeContent {
  texts: string[];
  buttons: { text: string; label: string | null; x: number; y: number }[];
}

export interface TabHandle {
  text(selector?: string): Promise<string>;
  exists(selector: string): Promise<boolean>;
  click(selector: string): Promise<void>;
  /** A real mouse click at a point of the viewport (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  /** Moves the real mouse pointer over an element (as a person does before clicking it). */
  hover(selector: string): Promise<void>;
  /** Makes this the tab in front, as a person looking at it has it (a page in a tab behind is hidden). */
  bringToFront(): Promise<void>;
  /** Presses a key in the page (keyboard-only use). */
  press(key: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /**
   * What the extension's notice shows inside its closed shadow root, which the page cannot read: its texts in order
   * and its buttons with their centres (for a real click). Chromium only, through the DevTools protocol's view of
   * the DOM (Firefox's WebDriver BiDi has no view into closed shadow roots); null when there is no notice.
   */
  closedNotice?(): Promise<NoticeContent | null>;
  /** Errors thrown by the page's scripts since it was opened. */
  errors(): string[];
  isClosed(): boolean;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /** The URL of a test-server page on `host` (Firefox needs the server's port in it, Chromium maps ports too). */
  url(host: string, path?: string): string;
  /** Navigates the test tab and waits for the page (or an extension page) to load. */
  visit(url: string): Promise<void>;
  /** Goes back in the test tab's history. */
  back(): Promise<void>;
  /** The URL the test tab shows now. */
  currentUrl(): Promise<string>;
  /** The addresses of every navigation the browser started, in any tab, since it was launched (Chromium only). */
  navigations?(): Promise<string[]>;
  testTabId(): Promise<number>;
  /** The badge of the test tab, or of the tab given. */
  badge(tabId?: number): Promise<Badge>;
  /** Opens the popup page for the test tab, waits for it to render, and returns its text. */
  popup(options?: { screenshot?: string; chooseLanguage?: 'auto' | 'nl' | 'en' }): Promise<PopupView>;
  /**
   * Opens the toolbar popup on the test tab the way a user does, with the extension's keyboard shortcut (which,
   * like a click on the button, gives the popup that tab's address: activeTab), and waits for it to draw.
   */
  openPopupAsUser(): Promise<RealPopup>;
  /** The test tab, to read or click what it shows (for example the warning page). */
  testTab(): TabHandle;
  /** Opens an extension page (path like /src/options/index.html) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<TabHandle>;
  /** Opens a URL in a new tab from the test tab's page (window.open): the new tab has no history of its own. */
  openByScript(url: string): Promise<TabHandle>;
  /** Base URL of the extension's pages, e.g. chrome-extension://id */
  readonly extensionBase: string;
  /** Runs code in an extension page (full extension API there). */
  inExtension<T>(fn: string): Promise<T>;
  close(): Promise<void>;
  /** Ends the browser so that a launch with `restoreSession` reopens the tabs open now. */
  endForRestore(): Promise<void>;
  /**
   * Allows the listed sites as a user does: the "Allow" button of the welcome page (opened at install, or
   * opened here), then the browser's own request answered; waits until every listed site is granted.
   */
  grantListedSites(): Promise<void>;
  /** Accepts the permission request the browser shows now (after a click that asked for one). */
  acceptPermissionRequest(): Promise<void>;
  /**
   * Lets the extension's pages read the clipboard with navigator.clipboard.readText(), so a test can read back what a
   * page wrote. Writing is never granted here: it stays what the page's own click allows.
   */
  allowClipboardRead(): Promise<void>;
  /**
   * Stops the extension's background as the browser does when it is idle (Chromium: the DevTools protocol's
   * ServiceWorker.stopAllWorkers; Firefox: the add-on manager's own terminateBackground, from the browser's chrome).
   */
  stopBackground(): Promise<void>;
  /** Whether the extension's background is running (or starting) now. */
  backgroundRunning(): Promise<boolean>;
}

/** How many listed patterns the browser has granted, and how many the manifest declares. */
export function accessCounts(inExtension: InExtension): Promise<{ granted: number; listed: number }> {
  return inExtension(`Promise.all([${EXTENSION_API}.permissions.getAll(), Promise.resolve(${EXTENSION_API}.runtime.getManifest().optional_host_permissions ?? [])])
    .then(([all, listed]) => ({ granted: listed.filter((p) => (all.origins ?? []).includes(p)).length, listed: listed.length }))`);
}

/** The extension API in a page of either browser (Firefox has `browser`, Chromium `chrome`). */
export const EXTENSION_API = '(globalThis.browser ?? chrome)';

type InExtension = <T>(fn: string) => Promise<T>;

/** A tab's badge text and icon title, read through the extension API. */
export function readBadge(inExtension: InExtension, tabId: number): Promise<Badge> {
  return inExtension<Badge>(
    `Promise.all([${EXTENSION_API}.action.getBadgeText({ tabId: ${tabId} }), ${EXTENSION_API}.action.getTitle({ tabId: ${tabId} })]).then(([text, title]) => ({ text, title }))`,
  );
}

/**
 * The id of the only tab that is not one of the extension's pages (the test tab, found at launch). Polled: right
 * after an install the welcome tab is briefly a tab without an address yet.
 */
export async function findTestTab(
  browserName: string,
  inExtension: InExtension,
  extensionBase: string,
): Promise<number> {
  const id = await waitFor(
    `${browserName}: the test tab`,
    () =>
      inExtension<number | undefined>(`${EXTENSION_API}.tabs.query({}).then((tabs) => {
    const others = tabs.filter((t) => !(t.url ?? '').startsWith('${extensionBase}/') && !(t.pendingUrl ?? '').startsWith('${extensionBase}/'));
    return others.length === 1 ? others[0].id : undefined;
  })`),
    (found) => typeof found === 'number',
  );
  return id as number;
}

/**
 * Waits until a language chosen in the popup is shown (for "Follow the browser": the language the browser's own
 * gives) and saved, so the next step (and the badge titles the background re-renders) sees the choice.
 * @param browserLanguage the language the browser was launched with
 */
export async function languageChosen(
  browserName: string,
  inExtension: InExtension,
  shown: () => Promise<string>,
  choice: LanguageSetting,
  browserLanguage: string,
): Promise<void> {
  const expected = resolveLanguage(choice, [browserLanguage]);
  await waitFor(`${browserName}: popup language switch`, shown, (l) => l === expected);
  await waitFor(
    `${browserName}: language choice saved`,
    () => inExtension<unknown>(`${EXTENSION_API}.storage.local.get('settings').then((r) => r.settings?.language)`),
    (l) => l === choice,
  );
}

/** Runs `body` (a function of the popup's document, as source) in the open toolbar popup, or gives null when none is open. */
export function inRealPopup<T>(inExtension: InExtension, body: string): Promise<T | null> {
  return inExtension<T | null>(
    `(() => { const view = ${EXTENSION_API}.extension.getViews({ type: 'popup' })[0]; return view ? (${body})(view.document) : null; })()`,
  );
}

/** The open popup, read through the extension's own view of it; `activate` and `close` are the browser's part. */
export async function realPopup(
  browserName: string,
  inExtension: InExtension,
  parts: { activate(selector: string): Promise<void>; close(): Promise<void> },
): Promise<RealPopup> {
  await waitFor(
    `${browserName}: toolbar popup drawn`,
    () => inRealPopup<boolean>(inExtension, `(d) => d.querySelector('#content > *') !== null`),
    (drawn) => drawn === true,
    15_000,
  );
  return {
    text: async () => (await inRealPopup<string>(inExtension, '(d) => d.body.innerText')) ?? '',
    exists: async (selector) =>
      (await inRealPopup<boolean>(inExtension, `(d) => d.querySelector(${JSON.stringify(selector)}) !== null`)) ===
      true,
    ...parts,
  };
}

/** Polls until `read` satisfies `ok`, or fails with the last value seen and the step's name. */
export async function waitFor<T>(
  step: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(
    `${step}: timed out; last value ${JSON.stringify(last)}${lastError ? `; last error ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)}` : ''}`,
  );
}
