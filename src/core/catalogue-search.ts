// Searching and filtering the catalogue: every search term must occur in an operation's searchable text
// (platform, operation name, kind, domains, agencies in both languages, country names in the UI
// language, years), and status/confidence filters keep the domains whose current state fits.
import type { Confidence, DomainEntry, DomainStatus, Language, Operation } from './dataset-types.ts';
import { LANGUAGES } from './dataset-types.ts';
import { currentStatus } from './domain-status.ts';
import { countryName } from './format.ts';

export interface CatalogueQuery {
  text: string;
  status: DomainStatus | 'all';
  confidence: Confidence | 'all';
}

export interface CatalogueHit {
  operation: Operation;
  /** The operation's domains that pass the status and confidence filters (all of them when both are 'all'). */
  domains: DomainEntry[];
}

export const EMPTY_QUERY: CatalogueQuery = { text: '', status: 'all', confidence: 'all' };

/**
 * Lower case, accents dropped, runs of white space made one space, so "Zürich", "zurich" and "ZURICH" meet.
 * @example normaliseText('  Oekraïne  Cyber ') // 'oekraine cyber'
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Everything a search term may match, normalised; country names only in the UI language, as shown. */
export function searchableText(op: Operation, lang: Language): string {
  const years = new Set([op.dates.from.slice(0, 4), op.dates.to.slice(0, 4)]);
  return normaliseText([
    op.platform.nl,
    op.platform.en,
    op.operationName ?? '',
    op.kind[lang],
    ...op.domains.map((d) => d.domain),
    ...op.agencies.flatMap((a) => LANGUAGES.map((l) => a[l])),
    ...op.countries.map((c) => countryName(c, lang)),
    ...years,
  ].join('\n'));
}

/** Newest operation first; the same day sorts by platform name. */
function newestFirst(a: Operation, b: Operation): number {
  return b.dates.to.localeCompare(a.dates.to) || a.platform.en.localeCompare(b.platform.en);
}

/**
 * The operations that match the query, newest first, each with the domains that pass the filters.
 * While a filter is set, an operation none of whose domains pass it is left out.
 * @example searchCatalogue(ops, { text: 'duitsland', status: 'all', confidence: 'high' }, 'nl')
 */
export function searchCatalogue(operations: readonly Operation[], query: CatalogueQuery, lang: Language): CatalogueHit[] {
  const terms = normaliseText(query.text).split(' ').filter((t) => t.length > 0);
  const hits: CatalogueHit[] = [];
  for (const operation of [...operations].sort(newestFirst)) {
    const domains = operation.domains.filter((d) =>
      (query.status === 'all' || currentStatus(d) === query.status) &&
      (query.confidence === 'all' || d.confidence === query.confidence));
    const filtered = query.status !== 'all' || query.confidence !== 'all';
    if (filtered && domains.length === 0) continue;
    if (terms.length > 0) {
      const text = searchableText(operation, lang);
      if (!terms.every((t) => text.includes(t))) continue;
    }
    hits.push({ operation, domains });
  }
  return hits;
}
