// Background entry: registers every listener synchronously at the top level, because an MV3 service worker is
// stopped when idle and only events with a listener registered at start-up wake it again. None of these
// events fires for a page that is not listed: the content script runs on listed sites only, and tab updates
// are not listened to at all, so an ordinary page never starts the worker.
import browser from '../platform/browser.ts';
import { onContentMessage } from './listed-page.ts';
import { onAccessGranted, onInstalled, onStartup, syncAccess, syncRules } from './lifecycle.ts';

browser.runtime.onInstalled.addListener(onInstalled);
browser.runtime.onStartup.addListener(onStartup);
browser.runtime.onMessage.addListener(onContentMessage);
// Access decides which listed sites get the warning page and which the browser's block.
browser.permissions.onAdded.addListener(() => void onAccessGranted());
browser.permissions.onRemoved.addListener(() => void Promise.all([syncRules(), syncAccess()]));
browser.storage.onChanged.addListener((changes, area) => {
  // The warning level and the exceptions decide both the rules and where the listed-page script runs.
  if (area === 'local' && 'settings' in changes) void Promise.all([syncRules(), syncAccess()]);
  if (area === 'local' && 'declinedOrigins' in changes) void syncAccess();
  if (area === 'session' && 'sessionAllowedHosts' in changes) void Promise.all([syncRules(), syncAccess()]);
  if (area === 'managed') void Promise.all([syncRules(), syncAccess()]);
});
