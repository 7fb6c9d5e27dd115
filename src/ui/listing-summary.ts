// The top of a warning and the popup: what kind of listing this is (name, mark and colour from
// src/core/listing-kind.ts), the host, one sentence on what happened, who acted and when, and what exactly is certain
// and who says so.
import type { Confidence, Language, Localized } from '../core/dataset-types.ts';
import { formatDate } from '../core/format.ts';
import type { Certainty } from '../core/index-shards.ts';
import { KIND_LOOK, type ListingKind } from '../core/listing-kind.ts';
import { certaintySentence } from '../i18n/certainty-sentence.ts';
import { kindKeys, type Translate } from '../i18n/translate.ts';
import { h } from './dom.ts';

export interface SummaryInput {
  kind: ListingKind;
  host: string;
  platform: string;
  /** What kind of platform it was ("forum trading stolen data"). */
  platformKind: string;
  confidence: Confidence;
  lang: Language;
  t: Translate;
  /** The heading element: h1 on a page of its own. */
  headingLevel: 1 | 2;
  headingId: string;
  /** The popup leaves out the lead sentence: its heading and host say it, and the first screen is small. */
  compact?: boolean;
  /** Who acted against the platform, and when (the takedown made public). */
  acted?: { agency?: Localized; date?: string };
  /** Who says what the list says of this address. */
  certainty?: Certainty;
}

/** The kind's name with its mark, as the toolbar shows it: "! Taken down by police". */
export function kindLabel(kind: ListingKind, t: Translate): HTMLElement {
  return h(
    'p',
    { class: `kind-label kind-${kind}` },
    h('span', { class: 'kind-mark', 'aria-hidden': 'true' }, KIND_LOOK[kind].mark),
    ' ',
    t(kindKeys(kind).name),
  );
}

export function listingSummary(input: SummaryInput): HTMLElement[] {
  const { kind, host, platform, platformKind, confidence, t } = input;
  const keys = kindKeys(kind);
  // elementtiming: the browser records when the heading was painted (Element Timing), which the bench reads.
  const heading = h(
    input.headingLevel === 1 ? 'h1' : 'h2',
    { id: input.headingId, tabindex: '-1', elementtiming: input.headingId },
    t(keys.heading, { platform }),
  );
  return [
    kindLabel(kind, t),
    heading,
    h('p', { class: 'target-host', id: 'target-host' }, host),
    !input.compact && h('p', { class: 'lead' }, t(keys.lead, { host, platform, kind: platformKind })),
    kind === 'relaunch' && h('p', { class: 'do-first' }, h('strong', {}, t('doFirstRelaunch'))),
    input.acted?.agency && input.acted.date && kind !== 'released'
      ? h(
          'p',
          { class: 'who-when', id: 'who-when' },
          t('whoWhen', {
            agency: input.acted.agency[input.lang],
            month: formatDate(input.acted.date.slice(0, 7), input.lang),
          }),
        )
      : false,
    h(
      'p',
      { class: 'confirmed', id: 'certainty' },
      certaintySentence(kind, input.certainty, confidence, platform, input.lang, t),
    ),
  ].filter((x): x is HTMLElement => x !== false);
}
