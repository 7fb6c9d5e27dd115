import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainIndexEntry } from '../../src/core/dataset-types.ts';
import { SHARD_COUNT, shardIndex, shardOf } from '../../src/core/index-shards.ts';
import { createMatcher, lookupNames, type Matcher } from '../../src/core/matcher.ts';

const entry: DomainIndexEntry = { operation: 'op', status: 'seized', confidence: 'high' };
const listed = ['leakbase.la', 'forum.leakbase.la', 'raidforums.com', 'a.b.example.co.uk', 'x.y', 'leakbase.bz'];
const domains = Object.fromEntries(listed.map((d, i) => [d, { ...entry, operation: `op${i % 3}` }]));
const platforms = {
  op0: { name: { nl: 'Nul', en: 'Zero' }, kind: { nl: '', en: '' } },
  op1: { name: { nl: 'Een', en: 'One' }, kind: { nl: '', en: '' } },
};

/** What the popup and the warning page do: match with only the shards of the names the host is looked up by. */
function shardedMatch(host: string): ReturnType<Matcher> {
  const shards = shardIndex(domains, platforms);
  const loaded = Object.assign({}, ...[...new Set(lookupNames(host).map(shardOf))].map((n) => shards[n].domains));
  return createMatcher(loaded)(host);
}

describe('index shards', () => {
  it('put every listed domain in exactly one shard, with its platform', () => {
    const shards = shardIndex(domains, platforms);
    expect(shards).toHaveLength(SHARD_COUNT);
    expect(shards.flatMap((s) => Object.keys(s.domains)).sort()).toEqual([...listed].sort());
    for (const [n, shard] of shards.entries()) for (const d of Object.keys(shard.domains)) expect(shardOf(d)).toBe(n);
    expect(shards[shardOf('leakbase.la')].platforms.op0?.name.en).toBe('Zero');
  });

  it('give the same match as the whole index for any host (listed, subdomains, look-alikes, noise)', () => {
    const whole = createMatcher(domains);
    const host = fc.oneof(
      fc.constantFrom(...listed),
      fc.tuple(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), fc.constantFrom(...listed)).map(([sub, d]) => `${sub}.${d}`),
      fc.constantFrom(...listed).map((d) => `${d}.example`),
      fc.constantFrom(...listed).map((d) => d.toUpperCase() + '.'),
      fc.string(),
    );
    fc.assert(
      fc.property(host, (h) => {
        expect(shardedMatch(h)).toEqual(whole(h));
      }),
      { numRuns: 2000 },
    );
  });

  it('look a host up by itself and each parent, normalised as the matcher does', () => {
    expect(lookupNames('Forum.LeakBase.la.')).toEqual(['la', 'leakbase.la', 'forum.leakbase.la']);
    expect(lookupNames('x'.repeat(300) + '.leakbase.la')).toEqual(['la', 'leakbase.la']);
  });
});
