// The real dataset in src/data: it compiles, and the entries the issues name behave as required.
import { describe, expect, it } from 'vitest';
import { candidateDomains } from '../../src/core/host.ts';
import { hostPermissionPatterns } from '../../src/pipeline/host-permissions.ts';
import { checkUrl, createMatcher } from '../../src/core/matcher.ts';
import { compileFromDisk, readNeverFlag } from '../../src/tools/dataset-sources.ts';
import { RESEARCH_HIGH } from '../fixtures/research-high.ts';

const result = compileFromDisk();
const dataset = result.dataset!;
const matcher = createMatcher(dataset?.domains ?? {});
const match = (url: string) => {
  const r = checkUrl(matcher, url);
  return r.ok ? r.match : null;
};

describe('the shipped dataset', () => {
  it('compiles without errors', () => {
    expect(result.errors).toEqual([]);
    expect(dataset).toBeDefined();
  });

  it('holds LeakBase and SocksEscort', () => {
    const ids = dataset.operations.map((o) => o.id);
    expect(ids).toContain('leakbase');
    expect(ids).toContain('socksescort');
    const socks = dataset.operations.find((o) => o.id === 'socksescort')!;
    expect(socks.operationName).toBe('Operation Lightning');
    expect(socks.dates).toEqual({ from: '2026-03-11', to: '2026-03-11' });
    expect(socks.advice.flatMap((a) => a.items.map((i) => i.text.en)).join(' ')).toMatch(
      /firmware.*restart.*replace.*default passwords/is,
    );
  });

  it.each([
    ['http://leakbase.la/', 'seized'],
    ['http://leakbase.bz/', 'suspected-relaunch'],
  ])('%s is listed as %s', (url, status) => {
    expect(match(url)).toMatchObject({ operation: 'leakbase', status });
  });

  // leakbase.io and leakbase.cc rested on one community list only and were taken off on 2026-11-30 (review log).
  it.each([
    'http://leakbase.pw/',
    'http://leakbase.org/',
    'http://leakbase.io/',
    'http://leakbase.cc/',
    'http://socksescort.net/',
  ])('%s is not listed', (url) => {
    expect(match(url)).toBeNull();
  });

  it.each(readNeverFlag().map((e) => e.host))('never flags %s or its www', (host) => {
    expect(match(`https://${host}/`)).toBeNull();
    expect(match(`https://www.${host}/`)).toBeNull();
  });

  it('keeps police quotes in their own language with a translation for the other UI language', () => {
    const leakbase = dataset.operations.find((o) => o.id === 'leakbase')!;
    const dutch = leakbase.policeMessages.find((m) => m.lang === 'nl')!;
    expect(dutch.text).toBe(
      'handel in gestolen data is strafbaar. Iedereen laat online sporen achter; niemand is onaantastbaar of onvindbaar.',
    );
    expect(dutch.translations.en).toBeTruthy();
  });

  it.each(RESEARCH_HIGH)(
    '%s (high confidence in the research) is listed, with host access for the warning page',
    (domain) => {
      expect(match(`https://${domain}/`)).toMatchObject({ domain });
      expect(match(`https://www.${domain}/x`)).not.toBeNull();
      const patterns = hostPermissionPatterns(Object.keys(dataset.domains));
      expect(candidateDomains(domain).some((d) => patterns.includes(`*://*.${d}/*`))).toBe(true);
    },
  );

  it('excludes what the inclusion policy leaves out', () => {
    for (const domain of ['z-lib.org', 'b-ok.org', '3lib.net', 'leakbase.pw', 'leakbase.org'])
      expect(match(`https://${domain}/`), domain).toBeNull();
  });

  it('gives every domain a review-by date after its last check', () => {
    for (const op of dataset.operations)
      for (const d of op.domains) expect(d.reviewBy > d.lastChecked, d.domain).toBe(true);
  });
});
