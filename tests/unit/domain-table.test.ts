// The catalogue's table of every domain: sorting by each column (ties in domain order, the language's collation for
// names), the order a header click gives, and the text "Copy domains" copies.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  domainsText,
  nextOrder,
  SORT_COLUMNS,
  sortRows,
  type DomainRow,
  type SortColumn,
} from '../../src/core/domain-table.ts';
import { LOCALES } from '../../src/core/format.ts';

const row = (domain: string, fields: Partial<DomainRow> = {}): DomainRow => ({
  domain,
  platform: 'P',
  kind: 'takedown',
  confidence: 'high',
  shown: 'page',
  lastChecked: '2026-11-25',
  ...fields,
});

const ROWS: DomainRow[] = [
  row('zeta.example', {
    platform: 'Émile',
    kind: 'former',
    confidence: 'medium',
    shown: 'notice',
    lastChecked: '2026-01-02',
  }),
  row('alpha.example', { platform: 'zulu', kind: 'relaunch', confidence: 'low', lastChecked: '2026-11-30' }),
  row('mid.example', { platform: 'Emile', kind: 'takedown', confidence: 'high', shown: 'badge' }),
  row('beta.example', { platform: '13 booters', kind: 'reported', confidence: 'medium', shown: 'notice' }),
  row('9.example', { platform: '9 exchanges', kind: 'released', confidence: 'high', shown: 'badge' }),
];
const collate = new Intl.Collator(LOCALES.en, { numeric: true }).compare;
const domains = (rows: readonly DomainRow[]) => rows.map((r) => r.domain);
const sorted = (column: SortColumn, direction: 'ascending' | 'descending' = 'ascending') =>
  domains(sortRows(ROWS, { column, direction }, collate));

describe('sorting the table of every domain', () => {
  it('sorts by domain, A to Z, until the reader picks another order', () => {
    expect(DEFAULT_SORT).toEqual({ column: 'domain', direction: 'ascending' });
    expect(sorted('domain')).toEqual(['9.example', 'alpha.example', 'beta.example', 'mid.example', 'zeta.example']);
    expect(sorted('domain', 'descending')).toEqual([
      'zeta.example',
      'mid.example',
      'beta.example',
      'alpha.example',
      '9.example',
    ]);
  });

  it("sorts platforms in the language's collation: accents and case do not split names, numbers read as numbers", () => {
    expect(domains(sortRows(ROWS, { column: 'platform', direction: 'ascending' }, collate))).toEqual([
      '9.example',
      'beta.example',
      'mid.example',
      'zeta.example',
      'alpha.example',
    ]);
  });

  it('sorts kinds in the order of the list of kinds, confidence from low to high, how shown from a full page down', () => {
    expect(sorted('kind')).toEqual(['mid.example', 'beta.example', 'alpha.example', 'zeta.example', '9.example']);
    expect(sorted('confidence')).toEqual(['alpha.example', 'beta.example', 'zeta.example', '9.example', 'mid.example']);
    expect(sorted('shown')).toEqual(['alpha.example', 'beta.example', 'zeta.example', '9.example', 'mid.example']);
    expect(sorted('lastChecked')).toEqual([
      'zeta.example',
      '9.example',
      'beta.example',
      'mid.example',
      'alpha.example',
    ]);
  });

  it('keeps rows that are equal in domain order, A to Z, in either direction', () => {
    expect(sorted('confidence', 'descending')).toEqual([
      '9.example',
      'mid.example',
      'beta.example',
      'zeta.example',
      'alpha.example',
    ]);
  });

  it('leaves the rows it was given as they were', () => {
    const before = domains(ROWS);
    for (const column of SORT_COLUMNS) sortRows(ROWS, { column, direction: 'descending' }, collate);
    expect(domains(ROWS)).toEqual(before);
  });

  it('a click on a new column sorts it ascending; a second click on the same column turns it round, a third back', () => {
    const first = nextOrder(DEFAULT_SORT, 'platform');
    expect(first).toEqual({ column: 'platform', direction: 'ascending' });
    const second = nextOrder(first, 'platform');
    expect(second).toEqual({ column: 'platform', direction: 'descending' });
    expect(nextOrder(second, 'platform')).toEqual({ column: 'platform', direction: 'ascending' });
    expect(nextOrder(second, 'kind')).toEqual({ column: 'kind', direction: 'ascending' });
  });
});

describe('the text "Copy domains" copies', () => {
  it('is every domain shown, in the order shown, one per line, nothing after the last', () => {
    expect(domainsText(sortRows(ROWS, { column: 'kind', direction: 'ascending' }, collate))).toEqual({
      text: 'mid.example\nbeta.example\nalpha.example\nzeta.example\n9.example',
      count: 5,
    });
  });

  it('names a domain once even when two rows show it, and is empty for no rows', () => {
    expect(domainsText([row('a.example'), row('b.example'), row('a.example')])).toEqual({
      text: 'a.example\nb.example',
      count: 2,
    });
    expect(domainsText([])).toEqual({ text: '', count: 0 });
  });
});
