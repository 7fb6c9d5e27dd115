// "What to do first": one short box per reader, right under the warning. Each advice group of the operation
// gives its first step (and its check service, when it has one); a visitor who is just curious gets one line.
// The full advice stays in the card below.
import type { Language, Operation } from '../core/dataset-types.ts';
import type { ListingKind } from '../core/listing-kind.ts';
import type { Translate } from '../i18n/translate.ts';
import { externalLink, h } from './dom.ts';

/** The first sentence of a text, for the compact box in the popup. */
function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/**
 * @param compact the popup's version: per reader only the check service's link, or the first sentence when
 *   there is no link, so the whole box fits the popup's first screen
 */
export function whatToDoFirst(
  op: Operation,
  kind: ListingKind,
  ctx: { lang: Language; t: Translate; level: 2 | 3; compact?: boolean },
): HTMLElement {
  const { lang, t } = ctx;
  const heading = ctx.level === 2 ? 'h2' : 'h3';
  const groups = op.advice.map((group) => {
    const withLink = group.items.find((i) => i.link);
    const first = group.items[0];
    if (ctx.compact) {
      return h(
        'li',
        {},
        h('strong', {}, group.audience[lang]),
        ' ',
        withLink?.link
          ? externalLink(withLink.link.url, withLink.link.label[lang], t('openLinkNote'))
          : firstSentence(first.text[lang]),
      );
    }
    const steps = withLink && withLink !== first ? [first, withLink] : [first];
    return h(
      'li',
      {},
      h('strong', {}, group.audience[lang]),
      ' ',
      steps.map((step, i) => [
        i > 0 && ' ',
        step.text[lang],
        step.link && [' ', externalLink(step.link.url, step.link.label[lang], t('openLinkNote'))],
      ]),
    );
  });
  return h(
    'section',
    { class: 'what-to-do', 'aria-labelledby': 'what-to-do-heading' },
    h(heading, { id: 'what-to-do-heading' }, t('whatToDoHeading')),
    h(
      'ul',
      {},
      groups,
      h(
        'li',
        {},
        h('strong', {}, t('curiousAudience')),
        ' ',
        t(kind === 'relaunch' ? 'curiousRelaunch' : 'curiousLine'),
      ),
    ),
  );
}
