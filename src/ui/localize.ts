// Puts UI strings into a page's static markup: elements name their string with data-i18n="key"
// (text) or data-i18n-aria-label="key" (accessible name). Text only, never markup.
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Language } from '../core/dataset-types.ts';

export function localizePage(root: ParentNode, t: Translate, lang: Language): void {
  if (root === document) document.documentElement.lang = lang;
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel as MessageKey));
  }
}
