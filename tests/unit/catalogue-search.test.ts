// Catalogue search: every term must occur in the platform, operation name, domains, agencies (both
// languages), country names (UI language) or years; status and confidence filters keep matching domains.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  filterCounts,
  normaliseText,
  readAddress,
  searchCatalogue,
  type CatalogueQuery,
} from '../../src/core/catalogue-search.ts';
import { createMatcher } from '../../src/core/matcher.ts';
import type { Confidence, DomainStatus, Language, Operation } from '../../src/core/dataset-types.ts';
import { compileFromDisk } from '../../src/tools/dataset-sources.ts';
import { compiledOperation } from './fixtures/operation.ts';

function operation(id: string, fields: Partial<Operation>, domains: [string, DomainStatus, Confidence][]): Operation {
  const base = compiledOperation(
    id,
    domains.map(([d]) => d),
  );
  return {
    ...base,
    ...fields,
    domains: base.domains.map((entry, i) => ({
      ...entry,
      confidence: domains[i][2],
      history: [{ ...entry.history[0], status: domains[i][1] }],
    })),
  };
}

const OPERATIONS: Operation[] = [
  operation(
    'webstresser',
    {
      platform: { nl: 'Webstresser.org', en: 'Webstresser.org' },
      operationName: 'Operation Power Off',
      dates: { from: '2018-04-24', to: '2018-04-25' },
      countries: ['NL', 'GB'],
      agencies: [{ nl: 'Team High Tech Crime, Landelijke Eenheid', en: 'National High Tech Crime Unit' }],
    },
    [['webstresser.org', 'offline', 'high']],
  ),
  operation(
    'leakbase',
    {
      platform: { nl: 'LeakBase', en: 'LeakBase' },
      operationName: 'Operation Leak',
      dates: { from: '2026-03-03', to: '2026-03-04' },
      countries: ['NL', 'US'],
      agencies: [
        { nl: 'Team Cybercrime, politie Amsterdam', en: 'Team Cybercrime, Amsterdam police' },
        { nl: 'Europol (coördinatie)', en: 'Europol (coordination)' },
      ],
    },
    [
      ['leakbase.bz', 'suspected-relaunch', 'medium'],
      ['leakbase.la', 'seized', 'high'],
    ],
  ),
  operation(
    'raidforums',
    {
      platform: { nl: 'RaidForums', en: 'RaidForums' },
      operationName: 'Operation Tourniquet',
      dates: { from: '2022-01-31', to: '2022-04-12' },
      countries: ['US', 'GB', 'SE'],
      agencies: [{ nl: 'FBI en Amerikaans ministerie van Justitie', en: 'FBI and U.S. Department of Justice' }],
    },
    [
      ['raidforums.com', 'seized', 'high'],
      ['rf.ws', 'offline', 'low'],
    ],
  ),
  operation(
    'cryptomixer',
    {
      platform: { nl: 'Cryptomixer', en: 'Cryptomixer' },
      operationName: null,
      kind: { nl: 'cryptomixer', en: 'crypto mixer' },
      dates: { from: '2025-11-24', to: '2025-11-28' },
      countries: ['DE', 'CH'],
      agencies: [
        { nl: 'Bundeskriminalamt (Duitsland)', en: 'Bundeskriminalamt' },
        { nl: 'kantonspolitie Zürich', en: 'Zurich Cantonal Police' },
      ],
    },
    [['cryptomixer.io', 'seized', 'high']],
  ),
];

const query = (q: Partial<CatalogueQuery>): CatalogueQuery => ({ ...EMPTY_QUERY, ...q });
const ids = (q: Partial<CatalogueQuery>, lang: Language = 'en') =>
  searchCatalogue(OPERATIONS, query(q), lang).hits.map((hit) => hit.operation.id);

describe('searching the catalogue by text', () => {
  it.each<[string, Language, string[]]>([
    ['', 'en', ['leakbase', 'cryptomixer', 'raidforums', 'webstresser']],
    ['   ', 'nl', ['leakbase', 'cryptomixer', 'raidforums', 'webstresser']],
    // platform and operation names, any case
    ['leakbase', 'en', ['leakbase']],
    ['LEAKBASE', 'nl', ['leakbase']],
    ['raid forums', 'en', ['raidforums']],
    ['operation tourniquet', 'en', ['raidforums']],
    ['Power Off', 'nl', ['webstresser']],
    ['crypto mixer', 'en', ['cryptomixer']],
    // domains
    ['leakbase.la', 'en', ['leakbase']],
    ['rf.ws', 'en', ['raidforums']],
    ['webstresser.org', 'nl', ['webstresser']],
    // country names in the UI language only
    ['Duitsland', 'nl', ['cryptomixer']],
    ['Germany', 'en', ['cryptomixer']],
    ['Zwitserland', 'nl', ['cryptomixer']],
    ['Switzerland', 'en', ['cryptomixer']],
    ['Verenigd Koninkrijk', 'nl', ['raidforums', 'webstresser']],
    ['United Kingdom', 'en', ['raidforums', 'webstresser']],
    ['verenigde staten', 'nl', ['leakbase', 'raidforums']],
    ['Germany', 'nl', []],
    ['Zwitserland', 'en', []],
    // agencies, in either language whatever the UI language
    ['europol', 'en', ['leakbase']],
    ['politie amsterdam', 'en', ['leakbase']],
    ['Amsterdam police', 'nl', ['leakbase']],
    ['Department of Justice', 'nl', ['raidforums']],
    ['zurich', 'nl', ['cryptomixer']],
    ['ZÜRICH', 'en', ['cryptomixer']],
    // years of the operation's first and last day
    ['2026', 'en', ['leakbase']],
    ['2022', 'nl', ['raidforums']],
    ['2018', 'en', ['webstresser']],
    ['2019', 'en', []],
    // several terms: all must occur
    ['leakbase 2026', 'en', ['leakbase']],
    ['leakbase 2022', 'en', []],
    ['FBI 2022', 'en', ['raidforums']],
    ['nothing like this', 'en', []],
  ])('%j in %s finds %j', (text, lang, expected) => {
    expect(ids({ text }, lang)).toEqual(expected);
  });
});

describe('filtering by kind of listing and confidence', () => {
  it.each<[Partial<CatalogueQuery>, [string, string[]][]]>([
    [{ kind: 'relaunch' }, [['leakbase', ['leakbase.bz']]]],
    [
      { kind: 'takedown' },
      [
        ['leakbase', ['leakbase.la']],
        ['cryptomixer', ['cryptomixer.io']],
        ['raidforums', ['raidforums.com']],
        ['webstresser', ['webstresser.org']],
      ],
    ],
    // A takedown whose seizure of this address only a weaker source names is a kind of its own.
    [{ kind: 'reported' }, [['raidforums', ['rf.ws']]]],
    [{ kind: 'released' }, []],
    [{ confidence: 'low' }, [['raidforums', ['rf.ws']]]],
    [{ confidence: 'medium' }, [['leakbase', ['leakbase.bz']]]],
    [
      { confidence: 'high' },
      [
        ['leakbase', ['leakbase.la']],
        ['cryptomixer', ['cryptomixer.io']],
        ['raidforums', ['raidforums.com']],
        ['webstresser', ['webstresser.org']],
      ],
    ],
    [{ kind: 'takedown', confidence: 'medium' }, []],
    [{ kind: 'takedown', confidence: 'low' }, []],
    [{ kind: 'reported', confidence: 'low' }, [['raidforums', ['rf.ws']]]],
    [{ text: 'raid', confidence: 'low' }, [['raidforums', ['rf.ws']]]],
    [{ text: 'leakbase', kind: 'former' }, []],
    [{ text: 'Duitsland', confidence: 'high' }, [['cryptomixer', ['cryptomixer.io']]]],
    [{ text: '2026', kind: 'relaunch', confidence: 'medium' }, [['leakbase', ['leakbase.bz']]]],
  ])('%j', (q, expected) => {
    const { hits } = searchCatalogue(OPERATIONS, query(q), 'nl');
    expect(hits.map((hit) => [hit.operation.id, hit.domains.map((d) => d.domain)])).toEqual(expected);
  });

  it('without filters every domain of a matching operation is kept', () => {
    const [hit] = searchCatalogue(OPERATIONS, query({ text: 'leakbase' }), 'en').hits;
    expect(hit.domains.map((d) => d.domain)).toEqual(['leakbase.bz', 'leakbase.la']);
  });

  it('filters on the current status: the last step of the history', () => {
    const op = operation('moved', { platform: { nl: 'Moved', en: 'Moved' } }, [['moved.test', 'seized', 'high']]);
    op.domains[0].history = [
      { ...op.domains[0].history[0], status: 'seized' },
      { ...op.domains[0].history[0], status: 'lapsed' },
    ];
    expect(searchCatalogue([op], query({ kind: 'takedown' }), 'en').hits).toEqual([]);
    expect(searchCatalogue([op], query({ kind: 'released' }), 'en').hits).toHaveLength(1);
  });

  it('"new in this list" keeps the domains added in this release', () => {
    const { hits } = searchCatalogue(
      OPERATIONS,
      query({ onlyNew: true }),
      'en',
      undefined,
      new Set(['leakbase.bz', 'rf.ws']),
    );
    expect(hits.map((hit) => [hit.operation.id, hit.domains.map((d) => d.domain)])).toEqual([
      ['leakbase', ['leakbase.bz']],
      ['raidforums', ['rf.ws']],
    ]);
  });

  it('counts the domains each filter value keeps, so a filter never silently gives nothing', () => {
    expect(filterCounts(OPERATIONS, new Set(['rf.ws']))).toEqual({
      kind: { takedown: 4, reported: 1, relaunch: 1, former: 0, released: 0 },
      confidence: { high: 4, medium: 1, low: 1 },
      new: 1,
    });
  });
});

describe('a pasted address finds its listed parent', () => {
  const matcher = createMatcher(
    Object.fromEntries(
      OPERATIONS.flatMap((o) =>
        o.domains.map((d) => [
          d.domain,
          { operation: o.id, status: d.history.at(-1)!.status, confidence: d.confidence },
        ]),
      ),
    ),
  );
  it.each<[string, string | null, string[]]>([
    ['https://forum.leakbase.la/threads/123', 'leakbase.la', ['leakbase']],
    ['www.leakbase.la', 'leakbase.la', ['leakbase']],
    ['forum.leakbase.la', 'leakbase.la', ['leakbase']],
    ['  http://User@RaidForums.COM:8080/x  ', 'raidforums.com', ['raidforums']],
    ['notleakbase.la', null, []],
    ['leakbase.la.example.com', null, []],
  ])('%j → %s', (text, domain, operations) => {
    const result = searchCatalogue(OPERATIONS, query({ text }), 'en', matcher);
    expect(result.address?.match?.domain ?? null).toBe(domain);
    expect(result.hits.map((h) => h.operation.id)).toEqual(operations);
  });
  it("puts the listed parent first in its operation's domains", () => {
    const [hit] = searchCatalogue(OPERATIONS, query({ text: 'www.leakbase.la' }), 'en', matcher).hits;
    expect(hit.domains[0].domain).toBe('leakbase.la');
  });
  it.each(['leakbase', 'Operation Leak', '2026'])('reads words (%j) as a search, not an address', (text) => {
    expect(readAddress(matcher, text)).toBeNull();
  });
});

describe('normalised text', () => {
  it.each([
    ['LeakBase', 'leakbase'],
    ['  Oekraïne   Cyber ', 'oekraine cyber'],
    ['Zürich', 'zurich'],
    ['coördinatie', 'coordinatie'],
    ['A\tB\nC', 'a b c'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('the shipped dataset', () => {
  const dataset = compileFromDisk().dataset!;
  it('an empty query lists every operation', () => {
    expect(searchCatalogue(dataset.operations, EMPTY_QUERY, 'en').hits).toHaveLength(dataset.operations.length);
  });
  it('"leakbase" finds LeakBase only', () => {
    expect(
      searchCatalogue(dataset.operations, query({ text: 'leakbase' }), 'nl').hits.map((h) => h.operation.id),
    ).toEqual(['leakbase']);
  });
  it('a country name finds every operation in that country, in the UI language', () => {
    const german = dataset.operations
      .filter((o) => o.countries.includes('DE'))
      .map((o) => o.id)
      .sort();
    for (const [text, lang] of [
      ['Duitsland', 'nl'],
      ['Germany', 'en'],
    ] as const) {
      const found = searchCatalogue(dataset.operations, query({ text }), lang).hits.map((h) => h.operation.id);
      expect(found).toEqual(expect.arrayContaining(german));
    }
  });
});
