import { describe, expect, it } from 'vitest';
import type { DomainEntry, Evidence, SourceKind, Verification } from '../../src/core/dataset-types.ts';
import { translator } from '../../src/i18n/translate.ts';
import { certaintyOf } from '../../src/pipeline/certainty.ts';
import { certaintySentence } from '../../src/i18n/certainty-sentence.ts';

const READ: Verification = { read: '2026-12-01', via: 'https://example.org/a' };
const CITED: Verification = { citedBy: { id: 'x', url: 'https://example.org/x', publisher: 'X' } };

function evidence(publisher: string, kind: SourceKind, verification = READ): Evidence {
  return {
    url: `https://example.org/${publisher}`,
    publisher,
    kind,
    date: '2026-03-04',
    quote: 'leakbase.la',
    lang: 'en',
    source: publisher,
    verification,
  };
}

const entry = (evidence: Evidence[], status: 'seized' | 'suspected-relaunch' = 'seized'): DomainEntry => ({
  domain: 'leakbase.la',
  confidence: 'medium',
  history: [
    { date: '2026-03-04', status, evidence },
    // A later lapse does not change who said the domain was the platform's.
    { date: '2026-06-01', status: 'lapsed', evidence: [evidence[0]!] },
  ],
  lastChecked: '2026-12-01',
  reviewBy: '2027-06-01',
});

describe('certaintyOf: who says what the list says of a domain', () => {
  it('an official source that was read comes first, whatever else there is', () => {
    const c = certaintyOf(entry([evidence('Reuters', 'report'), evidence('Politie', 'official')]));
    expect(c).toEqual({ basis: 'official', by: [{ en: 'Politie', nl: 'Politie' }] });
  });

  it('two publishers of read reports; the same publisher twice counts once', () => {
    expect(certaintyOf(entry([evidence('A', 'report'), evidence('B', 'report')])).basis).toBe('reports');
    expect(certaintyOf(entry([evidence('A', 'report'), evidence('A', 'report')]))).toEqual({
      basis: 'report',
      by: [{ en: 'A', nl: 'A' }],
    });
  });

  it('an official source only seen cited, or a community list, is weak', () => {
    const c = certaintyOf(entry([evidence('Politie', 'official', CITED), evidence('Forum', 'community')]));
    expect(c.basis).toBe('weak');
    expect(c.by.map((p) => p.en)).toEqual(['Politie', 'Forum']);
  });

  it('names at most three publishers', () => {
    const c = certaintyOf(entry(['A', 'B', 'C', 'D'].map((p) => evidence(p, 'report'))));
    expect(c.by).toHaveLength(3);
  });
});

describe('certaintySentence: never says more than the confidence earned', () => {
  const t = translator('en');
  const by = [
    { en: 'A', nl: 'A' },
    { en: 'B', nl: 'B' },
  ];

  it.each([
    ['takedown', 'high', 'official', 'Confirmed for this address by an official source: A and B.'],
    ['takedown', 'high', 'reports', 'Confirmed for this address by independent news reports: A and B.'],
    // Two reports that the evidence rules count as one story: the sentence follows the confidence, not the count.
    ['reported', 'medium', 'reports', 'That police seized this very address is reported, not confirmed: A and B.'],
    ['relaunch', 'low', 'weak', 'Named as a possible relaunch or copycat only by a community list'],
    ['former', 'high', 'reports', 'That LeakBase used this address is confirmed by A and B.'],
    ['former', 'medium', 'report', 'That LeakBase used this address is reported, not confirmed: A and B.'],
  ] as const)('%s, %s confidence, %s', (kind, confidence, basis, expected) => {
    expect(certaintySentence(kind, { basis, by }, confidence, 'LeakBase', 'en', t)).toContain(expected);
  });

  it('lists the publishers as the language does', () => {
    expect(certaintySentence('takedown', { basis: 'reports', by }, 'high', 'LeakBase', 'nl', translator('nl'))).toBe(
      'Voor dit adres bevestigd door onafhankelijke nieuwsberichten: A en B.',
    );
  });

  it('falls back to the general sentence when the list does not say who', () => {
    expect(certaintySentence('takedown', undefined, 'high', 'LeakBase', 'en', t)).toBe(
      'Confirmed by an official source or by two independent news reports that we read.',
    );
  });
});
