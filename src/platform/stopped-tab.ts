// The tab where the popup saw a listed page that the browser stopped (no access yet), kept for this browser session
// so that the background can load it again once the user allowed the listed sites: the page then shows the
// warning page instead of the browser's error page. The popup cannot do this itself: the browser's permission
// dialog closes it before the answer arrives (measured in Chromium 156). Only a listed page's address is kept.
import browser from './browser.ts';

const KEY = 'stoppedTab';

export async function rememberStoppedTab(tabId: number, url: string): Promise<void> {
  await browser.storage.session.set({ [KEY]: { tabId, url } }).catch(() => undefined);
}

/** Loads the remembered tab again if it still shows the stopped page (a tab that moved on is left alone). */
export async function reloadStoppedTab(): Promise<void> {
  const raw = (await browser.storage.session.get(KEY))[KEY] as { tabId?: unknown; url?: unknown } | undefined;
  await browser.storage.session.remove(KEY);
  if (typeof raw?.tabId !== 'number' || typeof raw.url !== 'string') return;
  const tab = await browser.tabs.get(raw.tabId).catch(() => undefined);
  if (tab?.url === raw.url) await browser.tabs.reload(raw.tabId);
}
