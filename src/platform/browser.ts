// The one module that imports the WebExtension polyfill; everything else imports `browser` from here.
/* oxlint-disable no-restricted-imports -- this is the one module allowed to import the polyfill */
import browser from 'webextension-polyfill';

export default browser;
export type { Tabs, Runtime, Permissions } from 'webextension-polyfill';
