// Which UI language to use: the user's choice, or the browser's preferred languages when set to follow it.
import { LANGUAGES, type Language } from './dataset-types.ts';

export type LanguageSetting = 'auto' | Language;

/** Dutch when the first supported language the browser prefers is Dutch; English otherwise. */
export function resolveLanguage(setting: LanguageSetting, preferred: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}
