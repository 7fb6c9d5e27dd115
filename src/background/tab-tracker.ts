// Keeps each tab's state and badge in step with the page it shows.
import { deriveTabState } from '../core/tab-state.ts';
import browser, { type Tabs } from '../platform/browser.ts';
import { warningPageUrl } from '../platform/blocking.ts';
import { matcher } from '../platform/bundled-dataset.ts';
import { currentLanguage } from '../platform/settings-store.ts';
import { forgetTab, writeTabState } from '../platform/tab-state-store.ts';
import { showOnBadge } from './badge.ts';

// Updates for one tab run one after another, so a slow earlier update never overwrites a later one.
const queues = new Map<number, Promise<void>>();

function enqueue(tabId: number, work: () => Promise<void>): void {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work).catch((error: unknown) => {
    // A tab closed mid-update makes the badge calls fail; nothing else can, and neither is fatal.
    console.debug('takedown-alert: tab update skipped', tabId, error);
  });
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
}

export function refreshTab(tab: Tabs.Tab): void {
  if (tab.id === undefined || tab.id < 0) return;
  const tabId = tab.id;
  const state = deriveTabState(matcher, tab.url, warningPageUrl());
  enqueue(tabId, async () => {
    const lang = await currentLanguage();
    await writeTabState(tabId, state);
    await showOnBadge(tabId, state, lang);
  });
}

export function onTabUpdated(_tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): void {
  if (change.status !== undefined || change.url !== undefined) refreshTab(tab);
}

export function onTabRemoved(tabId: number): void {
  queues.delete(tabId);
  void forgetTab(tabId);
}

/** After install, browser start or a settings change: bring every open tab up to date. */
export async function refreshAllTabs(): Promise<void> {
  for (const tab of await browser.tabs.query({})) refreshTab(tab);
}
