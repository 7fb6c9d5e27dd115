// The top of a warning, the popup and the catalogue's hits: what kind of listing this is (name, mark and colour
// from src/core/listing-kind.ts), the host, one sentence on what happened and how sure the list is.
import type { Confidence, Language } from '../core/dataset-types.ts';
import { KIND_LOOK, type ListingKind } from '../core/listing-kind.ts';
import { confirmedKey, kindKeys, type Translate } from '../i18n/translate.ts';
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
    h('p', { class: 'confirmed' }, t(confirmedKey(confidence))),
  ].filter((x): x is HTMLElement => x !== false);
}
