// The line at the foot of every page: who makes Takedown Alert, that it is not the police, and a way to
// report a wrong listing (a prepared issue; nothing is sent by the extension).
import { reportUrl } from '../core/project.ts';
import type { Translate } from '../i18n/translate.ts';
import { externalLink, h, replaceChildren, type Child } from './dom.ts';

export function renderFooter(
  footer: HTMLElement,
  t: Translate,
  options: { domain?: string; extra?: Child[] } = {},
): void {
  replaceChildren(
    footer,
    options.extra,
    h(
      'p',
      { class: 'not-police' },
      t('notPolice'),
      ' ',
      externalLink(reportUrl(options.domain), t('reportWrong'), t('openLinkNote')),
    ),
  );
}
