// The UI language of an extension page: the saved choice, or the browser's languages when it follows them.
import type { Language } from '../core/dataset-types.ts';
import type { LanguageSetting } from '../core/language.ts';
import type { Settings } from '../core/settings.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { languageFor, loadSettings, updateSettings } from './settings-store.ts';

export interface PageLanguage {
  settings: Settings;
  lang: Language;
  t: Translate;
}

export async function loadPageLanguage(): Promise<PageLanguage> {
  const settings = await loadSettings();
  const lang = languageFor(settings);
  return { settings, lang, t: translator(lang) };
}

/** Wires a page's language <select>: a new choice is saved (so every page follows it) and the page redrawn. */
export function bindLanguageSelect(select: HTMLSelectElement, redraw: () => Promise<void>): void {
  select.addEventListener('change', () => {
    void updateSettings({ language: select.value as LanguageSetting }).then(redraw);
  });
}
