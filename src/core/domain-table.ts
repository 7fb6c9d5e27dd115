// The catalogue's table of every domain shown: what one row holds, the orders it can be sorted in, and the text
// "Copy domains" puts on the clipboard. Pure: the page passes the language's collation in.
import type { Confidence } from './dataset-types.ts';
import { LISTING_KINDS, type ListingKind } from './listing-kind.ts';
import type { Presentation } from './warning-level.ts';

export interface DomainRow {
  domain: string;
  /** The platform's name in the reader's language. */
  platform: string;
  kind: ListingKind;
  confidence: Confidence;
  shown: Presentation;
  /** ISO date. */
  lastChecked: string;
}

export const SORT_COLUMNS = ['domain', 'platform', 'kind', 'confidence', 'shown', 'lastChecked'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
  column: SortColumn;
  direction: SortDirection;
}

/** The table's order until the reader picks another: by domain, A to Z. */
export const DEFAULT_SORT: SortOrder = { column: 'domain', direction: 'ascending' };

type Collate = (a: string, b: string) => number;

// Ascending is the order in which the values grow: kinds as the list names them (src/core/listing-kind.ts, the
// strongest warning first), confidence from low to high, how a domain is shown from the strongest, dates from old to new.
const KIND_RANK = Object.fromEntries(LISTING_KINDS.map((kind, i) => [kind, i])) as Record<ListingKind, number>;
const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const SHOWN_RANK: Record<Presentation, number> = { page: 0, notice: 1, badge: 2 };

/** Domain names (lower case, punycode) in code-point order, the same in every language and browser. */
const byDomain = (a: DomainRow, b: DomainRow) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0);

const COMPARE: Record<SortColumn, (a: DomainRow, b: DomainRow, collate: Collate) => number> = {
  domain: byDomain,
  platform: (a, b, collate) => collate(a.platform, b.platform),
  kind: (a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind],
  confidence: (a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence],
  shown: (a, b) => SHOWN_RANK[a.shown] - SHOWN_RANK[b.shown],
  lastChecked: (a, b) => (a.lastChecked < b.lastChecked ? -1 : a.lastChecked > b.lastChecked ? 1 : 0),
};

/**
 * The rows in the order asked for; rows that are equal there keep domain order (A to Z, in either direction).
 * @param collate compares two texts in the reader's language, e.g. new Intl.Collator('nl-NL').compare
 * @example sortRows(rows, { column: 'confidence', direction: 'descending' }, collator.compare) // high first, each level A to Z
 */
export function sortRows<R extends DomainRow>(rows: readonly R[], order: SortOrder, collate: Collate): R[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const compare = COMPARE[order.column];
  return [...rows].sort((a, b) => sign * compare(a, b, collate) || byDomain(a, b));
}

/**
 * The order after a click on a column's header: a new column sorts ascending, the current one turns round.
 * @example nextOrder({ column: 'domain', direction: 'ascending' }, 'domain') // { column: 'domain', direction: 'descending' }
 */
export function nextOrder(current: SortOrder, column: SortColumn): SortOrder {
  const turn = current.column === column && current.direction === 'ascending';
  return { column, direction: turn ? 'descending' : 'ascending' };
}

/**
 * What "Copy domains" copies: each domain of the rows shown once, in their order, one per line (what a block list,
 * a hosts file or a spreadsheet column takes), with no line after the last.
 * @example domainsText([{ domain: 'b.example' }, { domain: 'a.example' }]) // 'b.example\na.example'
 */
export function domainsText(rows: readonly { domain: string }[]): { text: string; count: number } {
  const domains = [...new Set(rows.map((r) => r.domain))];
  return { text: domains.join('\n'), count: domains.length };
}
