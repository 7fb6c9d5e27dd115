// User settings: types, defaults, and a parser that turns whatever is in storage into valid settings.
// A corrupt or unknown stored value falls back to its default; it is never fatal.
import { readHostName } from './host.ts';
import type { LanguageSetting } from './language.ts';
import { INSTALLED_LEVEL, parseWarningLevel, type WarningLevel } from './warning-level.ts';

export interface Settings {
  language: LanguageSetting;
  warningLevel: WarningLevel;
  /** Hosts the user chose "Don't warn me again" for; removed again on the options page. */
  allowedHosts: string[];
  /** Hosts the user asked for a full-page warning on, whatever the level ("Always warn me here"). */
  alwaysWarnHosts: string[];
  /** Hosts whose notice on the page the user closed; the toolbar button still shows the listing. */
  dismissedNotices: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  warningLevel: INSTALLED_LEVEL,
  allowedHosts: [],
  alwaysWarnHosts: [],
  dismissedNotices: [],
};
export type SettingName = keyof Settings;

const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'nl', 'en'];

/** Longest name DNS resolves; each exception becomes a rule whose regex grows with it. */
const MAX_EXCEPTION_LENGTH = 253;

/**
 * Normalised, distinct host names; anything else in the stored list is dropped. Hosts are read as the
 * browser reads them, not as strictly as dataset entries: an exception for `a_b.raidforums.com` (a host
 * the browser loads and the extension warns about) must be kept, or "Continue" would loop.
 */
export function parseHostList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const hosts = raw.flatMap((h) => {
    if (typeof h !== 'string' || h.length > MAX_EXCEPTION_LENGTH + 1) return [];
    const result = readHostName(h);
    return result.ok && result.host.length <= MAX_EXCEPTION_LENGTH ? [result.host] : [];
  });
  return [...new Set(hosts)].sort();
}

/** How many hosts a list keeps: far more than anyone clicks, few enough that the rules they become stay small. */
const MAX_HOSTS = 500;

export interface ParsedSettings {
  settings: Settings;
  /** Settings that were stored but could not be read, and so are back at their defaults (or lost entries). */
  reset: SettingName[];
}

/**
 * Reads whatever is in storage: keeps what it can, falls back to the default for what it cannot, and says
 * which settings it had to reset so the options page can tell the user. Never throws.
 * @example readSettings({ language: 'nl', allowedHosts: 7 }) // { settings: { …, language: 'nl', allowedHosts: [] }, reset: ['allowedHosts'] }
 */
export function readSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: { ...DEFAULT_SETTINGS }, reset: [] };
  const all = Object.keys(DEFAULT_SETTINGS) as SettingName[];
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: { ...DEFAULT_SETTINGS }, reset: all };
  const value = raw as Record<string, unknown>;
  const reset = new Set<SettingName>();
  /** A stored value, read; the default (and a note of the reset) when it cannot be read. */
  const pick = <K extends SettingName>(name: K, read: (v: unknown) => Settings[K] | null): Settings[K] => {
    if (!(name in value)) return DEFAULT_SETTINGS[name];
    const parsed = read(value[name]);
    if (parsed === null) reset.add(name);
    return parsed ?? DEFAULT_SETTINGS[name];
  };
  /** A host list keeps the hosts it can read; losing any of them counts as a reset, so the user hears of it. */
  const hosts = (name: 'allowedHosts' | 'alwaysWarnHosts' | 'dismissedNotices') =>
    pick(name, (v) => {
      if (!Array.isArray(v)) return null;
      const list = parseHostList(v.slice(0, MAX_HOSTS * 4)).slice(0, MAX_HOSTS);
      const stored = new Set(
        (v as unknown[]).map((h) => (typeof h === 'string' ? h.toLowerCase().replace(/\.+$/, '') : h)),
      );
      if (list.length < stored.size) reset.add(name);
      return list;
    });
  const settings: Settings = {
    language: pick('language', (v) =>
      LANGUAGE_SETTINGS.includes(v as LanguageSetting) ? (v as LanguageSetting) : null,
    ),
    warningLevel: pick('warningLevel', parseWarningLevel),
    allowedHosts: hosts('allowedHosts'),
    alwaysWarnHosts: hosts('alwaysWarnHosts'),
    dismissedNotices: hosts('dismissedNotices'),
  };
  return { settings, reset: all.filter((n) => reset.has(n)) };
}

export function parseSettings(raw: unknown): Settings {
  return readSettings(raw).settings;
}
