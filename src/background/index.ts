// Background entry: registers every listener synchronously at the top level, because an MV3 service
// worker is stopped when idle and only events with a listener registered at start-up wake it again.
import browser from '../platform/browser.ts';
import { syncBlockingRules } from '../platform/blocking.ts';
import { onTabRemoved, onTabUpdated, refreshAllTabs } from './tab-tracker.ts';

function sync(): void {
  syncBlockingRules().catch((error: unknown) => console.error('takedown-alert: blocking rules not applied', error));
}

function startUp(): void {
  sync();
  void refreshAllTabs();
}

browser.tabs.onUpdated.addListener(onTabUpdated);
browser.tabs.onRemoved.addListener(onTabRemoved);
browser.runtime.onStartup.addListener(startUp);
browser.runtime.onInstalled.addListener(startUp);
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'settings' in changes) startUp();
  if (area === 'session' && 'sessionAllowedHosts' in changes) sync();
  if (area === 'managed') sync();
});
