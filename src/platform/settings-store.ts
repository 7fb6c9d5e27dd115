// Settings in extension storage (local: kept across restarts), read through the tolerant parser.
import { DEFAULT_SETTINGS, parseSettings, readSettings, type ParsedSettings, type Settings } from '../core/settings.ts';
import { resolveLanguage } from '../core/language.ts';
import type { Language } from '../core/dataset-types.ts';
import browser from './browser.ts';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return parseSettings(stored[KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Changes some settings, keeping the others as stored. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function languageFor(settings: Settings): Language {
  return resolveLanguage(settings.language, navigator.languages ?? [navigator.language]);
}

export async function currentLanguage(): Promise<Language> {
  return languageFor(await loadSettings());
}

/** The settings and which of them could not be read and are back at their defaults (for the options page). */
export async function loadSettingsReport(): Promise<ParsedSettings> {
  try {
    return readSettings((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return { settings: DEFAULT_SETTINGS, reset: [] };
  }
}

/** Writes settings back as read, so a setting that was reset is repaired in storage (and reported once). */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}
