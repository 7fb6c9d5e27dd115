// Per-tab state in session storage: it survives the MV3 service worker being stopped while idle,
// and is cleared with the browser session, when tab ids change anyway.
import { parseTabState, type TabState } from '../core/tab-state.ts';
import browser from './browser.ts';

const key = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return parseTabState(stored[key(tabId)]);
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
