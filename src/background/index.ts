// Background entry: registers every listener synchronously at the top level, because an MV3 service
// worker is stopped when idle and only events with a listener registered at start-up wake it again.
import browser from '../platform/browser.ts';
import { onTabRemoved, onTabUpdated, refreshAllTabs } from './tab-tracker.ts';

browser.tabs.onUpdated.addListener(onTabUpdated);
browser.tabs.onRemoved.addListener(onTabRemoved);
browser.runtime.onStartup.addListener(() => void refreshAllTabs());
browser.runtime.onInstalled.addListener(() => void refreshAllTabs());
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'settings' in changes) void refreshAllTabs();
});
