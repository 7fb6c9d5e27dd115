// Hosts the user chose to visit despite a warning: "Continue" for this browser session (session
// storage), "Don't warn me again" until removed on the options page (settings in local storage).
import { parseHostList } from '../core/settings.ts';
import browser from './browser.ts';
import { loadSettings, updateSettings } from './settings-store.ts';

type SessionList = 'sessionAllowedHosts' | 'sessionDismissedNotices';

/** A list of hosts kept for this browser session (session storage); unreadable values read as none. */
async function sessionHosts(key: SessionList): Promise<string[]> {
  try {
    return parseHostList((await browser.storage.session.get(key))[key]);
  } catch {
    return [];
  }
}

async function addSessionHost(key: SessionList, host: string): Promise<void> {
  await browser.storage.session.set({ [key]: parseHostList([...(await sessionHosts(key)), host]) });
}

export const sessionAllowedHosts = (): Promise<string[]> => sessionHosts('sessionAllowedHosts');

export const allowForSession = (host: string): Promise<void> => addSessionHost('sessionAllowedHosts', host);

export async function allowPermanently(host: string): Promise<void> {
  const { allowedHosts } = await loadSettings();
  await updateSettings({ allowedHosts: parseHostList([...allowedHosts, host]) });
}

export async function removePermanentException(host: string): Promise<void> {
  const { allowedHosts } = await loadSettings();
  await updateSettings({ allowedHosts: allowedHosts.filter((h) => h !== host) });
}

export async function removeSessionException(host: string): Promise<void> {
  const hosts = await sessionAllowedHosts();
  await browser.storage.session.set({ sessionAllowedHosts: hosts.filter((h) => h !== host) });
}

/** "Always warn me with a full page here": the listed domain gets a full page whatever the level. */
export async function alwaysWarn(domain: string): Promise<void> {
  const { alwaysWarnHosts } = await loadSettings();
  await updateSettings({ alwaysWarnHosts: parseHostList([...alwaysWarnHosts, domain]) });
}

export async function stopAlwaysWarning(domain: string): Promise<void> {
  const { alwaysWarnHosts } = await loadSettings();
  await updateSettings({ alwaysWarnHosts: alwaysWarnHosts.filter((h) => h !== domain) });
}

/** "Don't show the notice here again" (popup): not shown again there; the toolbar button still says it. */
export async function dismissNotice(domain: string): Promise<void> {
  const { dismissedNotices } = await loadSettings();
  await updateSettings({ dismissedNotices: parseHostList([...dismissedNotices, domain]) });
}

export async function showNoticeAgain(domain: string): Promise<void> {
  const { dismissedNotices } = await loadSettings();
  await updateSettings({ dismissedNotices: dismissedNotices.filter((h) => h !== domain) });
}

/** Notices closed on the page itself (its close button): gone for this browser session only. */
export const sessionDismissedNotices = (): Promise<string[]> => sessionHosts('sessionDismissedNotices');

export const dismissNoticeForSession = (domain: string): Promise<void> =>
  addSessionHost('sessionDismissedNotices', domain);
