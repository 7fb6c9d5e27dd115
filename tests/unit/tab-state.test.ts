import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/matcher.ts';
import { deriveTabState, parseTabState } from '../../src/core/tab-state.ts';

const matcher = createMatcher({ 'leakbase.la': { operation: 'leakbase', status: 'seized', confidence: 'high' } });

describe('deriveTabState', () => {
  it.each([
    [undefined, { kind: 'unlisted', host: null }],
    ['', { kind: 'unlisted', host: null }],
    ['https://clean.test/', { kind: 'unlisted', host: 'clean.test' }],
    ['about:blank', { kind: 'not-web' }],
    ['chrome://newtab/', { kind: 'not-web' }],
    ['moz-extension://x/popup.html', { kind: 'not-web' }],
    ['http://[::1]/', { kind: 'unlisted', host: null }],
    ['https://forum.leakbase.la/t/1', { kind: 'listed', url: 'https://forum.leakbase.la/t/1', host: 'forum.leakbase.la', match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' } }],
  ])('%j', (url, expected) => {
    expect(deriveTabState(matcher, url)).toEqual(expected);
  });
});

describe('parseTabState', () => {
  it('round-trips a stored state', () => {
    const state = deriveTabState(matcher, 'http://leakbase.la/');
    expect(parseTabState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
  it.each([null, 'x', { kind: 'listed' }, { kind: 'listed', url: 'u', host: 'h', match: {} }, { kind: 'other' }])('treats %j as absent', (raw) => {
    expect(parseTabState(raw)).toBeNull();
  });
});
