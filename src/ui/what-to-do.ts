// "What to do first": one short box per reader, right under the warning. Each advice group of the operation
// gives its first step (and its check service, when it has one); a visitor who is just curious gets one line.
// The full advice stays in the card below.
import type { Language, Operation } from '../core/dataset-types.ts';
import type { ListingKind } from '../core/listing-kind.ts';
import type { MessageKey } from '../i18n/en.ts';
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
const CURIOUS: Record<ListingKind, MessageKey> = {
  takedown: 'curiousTakedown',
  reported: 'curiousTakedown',
  relaunch: 'curiousRelaunch',
  // Who runs a former address now is unknown: no ground to call it empty, every ground not to trust it.
  former: 'curiousFormer',
  released: 'curiousReleased',
};

/** One reader's item: the question on its own line, then the advice, then the link as the action it performs. */
function item(audience: string, text: string | false, action: HTMLElement | false): HTMLElement {
  return h(
    'li',
    {},
    h('p', { class: 'audience' }, audience),
    text && h('p', { class: 'advice-text' }, text),
    action && h('p', { class: 'advice-action' }, action),
  );
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
    const first = group.items[0]!;
    const action = withLink?.link
      ? externalLink(withLink.link.url, withLink.link.label[lang], t('openLinkNote'))
      : (false as const);
    if (ctx.compact) return item(group.audience[lang], action ? false : firstSentence(first.text[lang]), action);
    const text = [first, withLink]
      .filter((step, i, all): step is NonNullable<typeof step> => step !== undefined && all.indexOf(step) === i)
      .map((step) => step.text[lang])
      .join(' ');
    return item(group.audience[lang], text, action);
  });
  return h(
    'section',
    { class: 'what-to-do', 'aria-labelledby': 'what-to-do-heading' },
    h(heading, { id: 'what-to-do-heading' }, t('whatToDoHeading')),
    h('ul', {}, groups, item(t('curiousAudience'), t(CURIOUS[kind]), false)),
  );
}
