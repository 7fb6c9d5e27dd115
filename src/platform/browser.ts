// The one module that imports the WebExtension polyfill; everything else imports `browser` from here.
import browser from 'webextension-polyfill';

export default browser;
export type { Tabs, Runtime, Permissions } from 'webextension-polyfill';
