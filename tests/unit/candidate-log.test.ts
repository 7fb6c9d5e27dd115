// The candidate log and the review log's change records are checked against the operations that ship.
import { describe, expect, it } from 'vitest';
import { candidateCounts, checkCandidateLog, type Candidate } from '../../src/pipeline/candidate-log.ts';
import { checkReviewLog, type ChangeRecord } from '../../src/pipeline/review-log.ts';
import { compiledOperation } from './fixtures/operation.ts';

const op = compiledOperation('example-forum', ['example-forum.test']);
const included: Candidate = {
  platform: 'Example Forum',
  kind: 'forum',
  date: '2026-03-04',
  agencies: 'Politie',
  decision: 'included',
  note: 'Found in the police release.',
  operation: 'example-forum',
  domains: [{ domain: 'example-forum.test', decision: 'included' }],
  sources: ['example-release'],
};
const file = (value: unknown, name = 'forums.json') => ({ name, text: `${JSON.stringify(value, null, 2)}\n` });

describe('checkCandidateLog', () => {
  it("accepts one included candidate per operation whose domains are the operation's", () => {
    const excluded: Candidate = {
      ...included,
      platform: 'Other',
      decision: 'excluded',
      reason: 'no-domain-named',
      operation: undefined,
      domains: [],
    };
    const result = checkCandidateLog([file([included, excluded])], [op]);
    expect(result.errors).toEqual([]);
    expect(candidateCounts(result.candidates)).toEqual({
      considered: 2,
      byDecision: { included: 1, excluded: 1 },
      byReason: { 'no-domain-named': 1 },
    });
  });

  it.each<[string, unknown[], string]>([
    [
      'an operation with no candidate',
      [],
      'candidates: operation example-forum has no included candidate in src/data/candidates',
    ],
    [
      'an excluded candidate without a reason',
      [included, { ...included, platform: 'X', decision: 'excluded', operation: undefined }],
      'candidates/forums.json: [1].reason: must be one of no-domain-named, onion-only, not-law-enforcement, not-cybercrime, child-abuse-material, disputed, unverifiable, not-platform-domain, never-flag, reassigned, waiting-for-source',
    ],
    [
      'a listed domain not logged',
      [{ ...included, domains: [] }],
      'candidates: Example Forum: example-forum.test is listed by example-forum.json but not logged as included',
    ],
    [
      'a logged domain not listed',
      [{ ...included, domains: [...included.domains, { domain: 'other.test', decision: 'included' }] }],
      'candidates: Example Forum: other.test is logged as included but example-forum.json does not list it',
    ],
    [
      'an included candidate with no operation file',
      [included, { ...included, platform: 'Ghost', operation: 'ghost' }],
      'candidates: Ghost: included as operation ghost, but there is no src/data/operations/ghost.json',
    ],
  ])('rejects %s', (_name, entries, expected) => {
    expect(checkCandidateLog([file(entries)], [op]).errors).toContain(expected);
  });
});

describe('checkReviewLog', () => {
  const record: ChangeRecord = {
    date: '2026-11-30',
    operation: 'example-forum',
    domain: 'example-forum.test',
    change: 'confidence',
    from: 'medium',
    to: 'high',
    reason: 'An official release was read.',
  };
  it('accepts a change that matches what the file says now', () => {
    expect(checkReviewLog([file([record], 'x.json')], [op]).errors).toEqual([]);
  });
  it.each<[string, ChangeRecord, string]>([
    [
      'a confidence the file does not have',
      { ...record, from: 'high', to: 'medium' },
      'review-log: 2026-11-30 confidence example-forum.test: the latest record says medium, but example-forum.json says high',
    ],
    [
      'a removed domain still listed',
      { ...record, change: 'removed', from: undefined, to: undefined },
      'review-log: 2026-11-30 removed example-forum.test: recorded as removed, but example-forum.json still lists it',
    ],
    [
      'a change to a domain not listed',
      { ...record, domain: 'gone.test' },
      'review-log: 2026-11-30 confidence gone.test: example-forum.json does not list gone.test',
    ],
  ])('rejects %s', (_name, r, expected) => {
    expect(checkReviewLog([file([r], 'x.json')], [op]).errors).toContain(expected);
  });
});
