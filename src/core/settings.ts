// User settings: types, defaults, and a parser that turns whatever is in storage into valid settings.
// A corrupt or unknown stored value falls back to its default; it is never fatal.
import { normaliseHost } from './host.ts';
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

/** Valid, normalised, distinct host names; anything else in the stored list is dropped. */
export function parseHostList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const hosts = raw.flatMap((h) => {
    if (typeof h !== 'string') return [];
    const result = normaliseHost(h);
    return result.ok ? [result.host] : [];
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
