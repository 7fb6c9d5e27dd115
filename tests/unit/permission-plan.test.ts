import { describe, expect, it } from 'vitest';
import { accessState, accessTo, planPermissions } from '../../src/core/permission-plan.ts';

const A = '*://*.a.test/*';
const B = '*://*.b.test/*';

describe('planPermissions and accessState', () => {
  it('a new install that answered nothing: no access, everything still to ask', () => {
    const plan = planPermissions([A, B], [], []);
    expect(plan).toEqual({ granted: [], missing: [A, B], toAsk: [A, B], declined: [] });
    expect(accessState(plan)).toBe('none');
  });
  it('declined: no access, nothing to ask until a new site is listed', () => {
    expect(planPermissions([A, B], [], [A, B])).toMatchObject({ toAsk: [], declined: [A, B] });
    expect(accessState(planPermissions([A, B], [], [A, B]))).toBe('none');
    expect(planPermissions([A, B, '*://*.c.test/*'], [], [A, B]).toAsk).toEqual(['*://*.c.test/*']);
  });
  it('an update that listed a new site: partial access', () => {
    expect(accessState(planPermissions([A, B], [A], []))).toBe('partial');
  });
  it('everything granted: full access (other granted origins do not count)', () => {
    expect(accessState(planPermissions([A, B], [B, A, '*://*.other.test/*'], []))).toBe('full');
  });
});

describe('accessTo', () => {
  const has = accessTo(['*://*.leakbase.la/*', '*://*.x.example.org/*']);
  it.each([
    ['leakbase.la', true],
    ['forum.leakbase.la', true],
    ['x.example.org', true],
    ['deep.x.example.org', true],
    ['example.org', false],
    ['notleakbase.la', false],
    ['leakbase.la.evil.test', false],
    ['la', false],
  ])('%s: %s', (domain, expected) => {
    expect(has(domain)).toBe(expected);
  });
  it('grants nothing without patterns', () => {
    expect(accessTo([])('leakbase.la')).toBe(false);
  });
});
