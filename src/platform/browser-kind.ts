// Which browser family this is, for the few texts that differ (where the toolbar button lives).
import browser from './browser.ts';

/** Firefox's extension pages have the moz-extension: scheme; Chromium's have chrome-extension:. */
export function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}
