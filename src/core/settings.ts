// User settings: types, defaults, and a parser that turns whatever is in storage into valid settings.
// A corrupt or unknown stored value falls back to its default; it is never fatal.
import { readHostName } from './host.ts';
import type { LanguageSetting } from './language.ts';
import { WARNING_LEVELS, type WarningLevel } from './warning-level.ts';

export interface Settings {
  language: LanguageSetting;
  warningLevel: WarningLevel;
  /** Hosts the user chose "Don't warn me again" for; removed again on the options page. */
  allowedHosts: string[];
}

export const DEFAULT_SETTINGS: Settings = { language: 'auto', warningLevel: 'confirmed', allowedHosts: [] };

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

export function parseSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    language: LANGUAGE_SETTINGS.includes(value.language as LanguageSetting) ? (value.language as LanguageSetting) : DEFAULT_SETTINGS.language,
    warningLevel: WARNING_LEVELS.includes(value.warningLevel as WarningLevel) ? (value.warningLevel as WarningLevel) : DEFAULT_SETTINGS.warningLevel,
    allowedHosts: parseHostList(value.allowedHosts),
  };
}
