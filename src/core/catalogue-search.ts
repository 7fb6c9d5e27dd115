// Searching and filtering the catalogue. A pasted address (a URL, a host, a subdomain) is looked up exactly as
// the extension matches a visited page, and answers with its listed parent. Otherwise every search term must
// occur in an operation's searchable text (platform, operation name, kind, domains, agencies in both
// languages, country names in the UI language, years). Filters (kind of listing, confidence, new in this list)
// keep the domains that fit, and an operation is shown with exactly those domains.
import type { Confidence, DomainEntry, Language, Operation } from './dataset-types.ts';
import { LANGUAGES } from './dataset-types.ts';
import { currentStatus } from './domain-status.ts';
import { countryName } from './format.ts';
import { listingKind, type ListingKind } from './listing-kind.ts';
import { checkUrl, type Match, type Matcher } from './matcher.ts';

export interface CatalogueQuery {
  text: string;
  kind: ListingKind | 'all';
  confidence: Confidence | 'all';
  /** Only domains added in this release. */
  onlyNew: boolean;
}

export interface CatalogueHit {
  operation: Operation;
  /** The operation's domains that pass the filters (all of them when no filter is set). */
  domains: DomainEntry[];
}

/** What a pasted address is on the list as: the host as the browser reads it, and the listed domain it falls under. */
export interface AddressAnswer {
  host: string;
  match: Match | null;
}

export interface CatalogueResult {
  hits: CatalogueHit[];
  /** Set when the search text is an address: then the hits are its operation only (or none). */
  address: AddressAnswer | null;
}

export const EMPTY_QUERY: CatalogueQuery = { text: '', kind: 'all', confidence: 'all', onlyNew: false };

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
  return normaliseText(
    [
      op.platform.nl,
      op.platform.en,
      op.operationName ?? '',
      op.kind[lang],
      ...op.domains.map((d) => d.domain),
      ...op.agencies.flatMap((a) => LANGUAGES.map((l) => a[l])),
      ...op.countries.map((c) => countryName(c, lang)),
      ...years,
    ].join('\n'),
  );
}

/**
 * Reads search text as an address when it is one: a URL, or a host name with a dot and nothing else. Words
 * ("leakbase", "Operation Leak") are not addresses; "forum.leakbase.la/threads/1" is.
 * @example readAddress(matcher, 'https://forum.leakbase.la/threads/123') // { host: 'forum.leakbase.la', match: { domain: 'leakbase.la', … } }
 */
export function readAddress(matcher: Matcher, text: string): AddressAnswer | null {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed) || !trimmed.includes('.')) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  const result = checkUrl(matcher, hasScheme ? trimmed : `http://${trimmed}`);
  return result.ok ? { host: result.host, match: result.match } : null;
}

/** Newest operation first; the same day sorts by platform name. */
function newestFirst(a: Operation, b: Operation): number {
  return b.dates.to.localeCompare(a.dates.to) || a.platform.en.localeCompare(b.platform.en);
}

function passes(d: DomainEntry, query: CatalogueQuery, newDomains: ReadonlySet<string>): boolean {
  return (
    (query.kind === 'all' || listingKind({ status: currentStatus(d), confidence: d.confidence }) === query.kind) &&
    (query.confidence === 'all' || d.confidence === query.confidence) &&
    (!query.onlyNew || newDomains.has(d.domain))
  );
}

/**
 * The operations that match the query, newest first, each with the domains that pass the filters. While a
 * filter is set, an operation none of whose domains pass it is left out.
 * @example searchCatalogue(ops, { ...EMPTY_QUERY, text: 'duitsland', confidence: 'high' }, 'nl', matcher)
 */
export function searchCatalogue(
  operations: readonly Operation[],
  query: CatalogueQuery,
  lang: Language,
  matcher?: Matcher,
  newDomains: ReadonlySet<string> = new Set(),
): CatalogueResult {
  const address = matcher ? readAddress(matcher, query.text) : null;
  const terms = address
    ? []
    : normaliseText(query.text)
        .split(' ')
        .filter((t) => t.length > 0);
  const filtered = query.kind !== 'all' || query.confidence !== 'all' || query.onlyNew;
  const hits: CatalogueHit[] = [];
  for (const operation of [...operations].sort(newestFirst)) {
    if (address && operation.id !== address.match?.operation) continue;
    const domains = operation.domains.filter((d) => passes(d, query, newDomains));
    if (filtered && domains.length === 0) continue;
    if (terms.length > 0) {
      const text = searchableText(operation, lang);
      if (!terms.every((t) => text.includes(t))) continue;
    }
    // The listed parent of a pasted address comes first in its operation's table.
    const ordered = address?.match
      ? [...domains].sort(
          (a, b) => Number(b.domain === address.match?.domain) - Number(a.domain === address.match?.domain),
        )
      : domains;
    hits.push({ operation, domains: ordered });
  }
  return { hits, address };
}

/** How many listed domains each filter value would keep, for the filters' labels ("High (63)"). */
export function filterCounts(
  operations: readonly Operation[],
  newDomains: ReadonlySet<string>,
): { kind: Record<ListingKind, number>; confidence: Record<Confidence, number>; new: number } {
  const kind: Record<ListingKind, number> = { takedown: 0, reported: 0, relaunch: 0, former: 0, released: 0 };
  const confidence: Record<Confidence, number> = { high: 0, medium: 0, low: 0 };
  let fresh = 0;
  for (const d of operations.flatMap((o) => o.domains)) {
    kind[listingKind({ status: currentStatus(d), confidence: d.confidence })]++;
    confidence[d.confidence]++;
    if (newDomains.has(d.domain)) fresh++;
  }
  return { kind, confidence, new: fresh };
}
