// User settings: types, defaults, and a parser that turns whatever is in storage into valid settings.
// A corrupt or unknown stored value falls back to its default; it is never fatal.
import type { LanguageSetting } from './language.ts';

export interface Settings {
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = { language: 'auto' };

const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'nl', 'en'];

export function parseSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const language = LANGUAGE_SETTINGS.includes(value.language as LanguageSetting)
    ? (value.language as LanguageSetting)
    : DEFAULT_SETTINGS.language;
  return { language };
}
