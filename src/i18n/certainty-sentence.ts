// The first screen's line on what exactly is certain of a listed address, and who says so (src/pipeline/certainty.ts
// finds who). Pure: used by the warning page, the popup and the background's notice alike.
import type { Confidence, Language } from '../core/dataset-types.ts';
import type { Certainty } from '../core/index-shards.ts';
import type { ListingKind } from '../core/listing-kind.ts';
import type { MessageKey } from './en.ts';
import { confirmedKey, type Translate } from './translate.ts';

// The sentence's strength follows the confidence the evidence rules earned, so it never says more than the kind does.
const STRENGTH: Record<Confidence, 'Strong' | 'One' | 'Weak'> = { high: 'Strong', medium: 'One', low: 'Weak' };

const CERTAIN_KEYS: Record<'reported' | 'relaunch' | 'former', Record<'Strong' | 'One' | 'Weak', MessageKey>> = {
  // A reported takedown is never confirmed (its confidence is below high), so it has no strong sentence.
  reported: { Strong: 'certainReportedOne', One: 'certainReportedOne', Weak: 'certainReportedWeak' },
  relaunch: { Strong: 'certainRelaunchStrong', One: 'certainRelaunchOne', Weak: 'certainRelaunchWeak' },
  former: { Strong: 'certainFormerStrong', One: 'certainFormerOne', Weak: 'certainFormerWeak' },
};

/** The sentence that says what exactly is certain, and who says so; the generic one when the list does not know. */
export function certaintySentence(
  kind: ListingKind,
  certainty: Certainty | undefined,
  confidence: Confidence,
  platform: string,
  lang: Language,
  t: Translate,
): string {
  if (!certainty || certainty.by.length === 0 || kind === 'released') return t(confirmedKey(confidence));
  const key: MessageKey =
    kind === 'takedown'
      ? certainty.basis === 'official'
        ? 'certainTakedownOfficial'
        : 'certainTakedownReports'
      : CERTAIN_KEYS[kind][STRENGTH[confidence]];
  const publishers = new Intl.ListFormat(lang, { type: 'conjunction' }).format(certainty.by.map((p) => p[lang]));
  return t(key, { publishers, platform });
}
