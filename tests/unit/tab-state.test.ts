import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/core/matcher.ts';
import { deriveTabState } from '../../src/core/tab-state.ts';
import { warningPageHash } from '../../src/core/warning-target.ts';
import { TRICK_DOMAINS, URL_TRICKS } from '../fixtures/url-tricks.ts';

const matcher = createMatcher({ 'leakbase.la': { operation: 'leakbase', status: 'seized', confidence: 'high' } });

describe('deriveTabState', () => {
  it.each([
    [undefined, { kind: 'unknown' }],
    ['', { kind: 'unknown' }],
    ['https://clean.test/', { kind: 'unlisted', host: 'clean.test' }],
    ['about:blank', { kind: 'not-web' }],
    ['chrome://newtab/', { kind: 'not-web' }],
    ['moz-extension://x/popup.html', { kind: 'not-web' }],
    ['http://[::1]/', { kind: 'unlisted', host: '[::1]' }],
    ['http://localhost:3000/', { kind: 'unlisted', host: 'localhost' }],
    ['ftp://leakbase.la/', { kind: 'not-web' }],
    [
      'http://a_b.leakbase.la/',
      {
        kind: 'listed',
        url: 'http://a_b.leakbase.la/',
        host: 'a_b.leakbase.la',
        match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' },
      },
    ],
    [
      'view-source:http://leakbase.la/',
      {
        kind: 'listed',
        url: 'view-source:http://leakbase.la/',
        host: 'leakbase.la',
        match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' },
      },
    ],
    [
      'chrome-extension://abc/src/warning/index.html#http://x-.leakbase.la/',
      {
        kind: 'listed',
        url: 'http://x-.leakbase.la/',
        host: 'x-.leakbase.la',
        match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' },
        warned: true,
      },
    ],
    [
      'https://forum.leakbase.la/t/1',
      {
        kind: 'listed',
        url: 'https://forum.leakbase.la/t/1',
        host: 'forum.leakbase.la',
        match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' },
      },
    ],
  ])('%j', (url, expected) => {
    expect(deriveTabState(matcher, url, 'chrome-extension://abc/src/warning/index.html')).toEqual(expected);
  });
});

describe('a tab whose address the extension cannot see', () => {
  it('is "not listed" only while every listed site is granted (the browser would show a listed page\'s URL)', () => {
    expect(deriveTabState(matcher, undefined, undefined, true)).toEqual({ kind: 'unlisted', host: null });
    expect(deriveTabState(matcher, undefined, undefined, false)).toEqual({ kind: 'unknown' });
    expect(deriveTabState(matcher, undefined)).toEqual({ kind: 'unknown' });
  });
  it('a visible URL decides whatever the access', () => {
    expect(deriveTabState(matcher, 'http://leakbase.la/', undefined, false).kind).toBe('listed');
    expect(deriveTabState(matcher, 'http://clean.test/', undefined, false)).toEqual({
      kind: 'unlisted',
      host: 'clean.test',
    });
  });
});

describe('tab state on the trick table (tests/fixtures/url-tricks.ts)', () => {
  const tricks = createMatcher(TRICK_DOMAINS);
  const warningPage = 'chrome-extension://abc/src/warning/index.html';
  it.each(URL_TRICKS.filter((t) => !t.bare).map((t) => [t.why, t] as const))('%s', (_why, { input, expected }) => {
    const listed = 'match' in expected && expected.match !== null;
    const shown = deriveTabState(tricks, input, warningPage);
    expect(shown.kind === 'listed' && shown.match.domain).toBe(listed && expected.match);
    // The warning page, given the same URL in its hash, agrees.
    const warned = deriveTabState(tricks, `${warningPage}#${input}`, warningPage);
    expect(warned.kind === 'listed' && warned.match.domain).toBe(listed && expected.match);
  });
});

describe('a tab that shows the warning page', () => {
  const page = 'chrome-extension://abc/src/warning/index.html';
  it.each([
    [`${page}#http://leakbase.la/x`, '#http://leakbase.la/x'],
    [`${page}?via=0123456789abcdef0123456789abcdef#http://leakbase.la/x`, '#http://leakbase.la/x'],
    [`${page}?via=x`, null],
    [`${page}extra#http://leakbase.la/`, null],
    ['chrome-extension://other/src/warning/index.html#http://leakbase.la/', null],
  ])('%s', (url, hash) => {
    expect(warningPageHash(url, page)).toBe(hash);
  });
  it('is described by the listed page it stands in for, with or without the secret in its address', () => {
    const state = deriveTabState(
      matcher,
      `${page}?via=0123456789abcdef0123456789abcdef#http://forum.leakbase.la/`,
      page,
    );
    expect(state).toMatchObject({ kind: 'listed', host: 'forum.leakbase.la', warned: true });
  });
});
