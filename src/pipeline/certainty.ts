// Who says what the list says of each domain, for the first screen of a warning and the popup: the read sources of
// the step the confidence rests on (src/pipeline/evidence-rules.ts, basisStep), strongest kind first. Pure.
import type { Certainty } from '../core/index-shards.ts';
import type { DomainEntry, Evidence, Localized } from '../core/dataset-types.ts';
import { basisStep } from './evidence-rules.ts';

const publisherOf = (e: Evidence): Localized => ({ en: e.publisher, nl: e.publisherNl ?? e.publisher });

/** Distinct publishers (by their English name), in the order met, at most three. */
function distinct(evidence: readonly Evidence[]): Localized[] {
  const seen = new Map<string, Localized>();
  for (const e of evidence) if (!seen.has(e.publisher)) seen.set(e.publisher, publisherOf(e));
  return [...seen.values()].slice(0, 3);
}

/**
 * @example certaintyOf(raidforumsCom) // { basis: 'reports', by: [{ en: 'IT World Canada', … }, …] }
 */
export function certaintyOf(entry: DomainEntry): Certainty {
  const evidence = basisStep(entry.history)?.evidence ?? [];
  const read = evidence.filter((e) => 'read' in e.verification);
  const official = read.filter((e) => e.kind === 'official');
  if (official.length > 0) return { basis: 'official', by: distinct(official) };
  const reports = distinct(read.filter((e) => e.kind === 'report'));
  if (reports.length >= 2) return { basis: 'reports', by: reports };
  if (reports.length === 1) return { basis: 'report', by: reports };
  return { basis: 'weak', by: distinct(evidence) };
}
