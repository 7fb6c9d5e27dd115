import { describe, expect, it } from 'vitest';
import { checkLine, echoInput, MAX_ECHO } from '../../src/publish/check-line.ts';
import { createMatcher } from '../../src/core/matcher.ts';
import { TRICK_DOMAINS, URL_TRICKS, checkerVerdict } from '../fixtures/url-tricks.ts';

const matcher = createMatcher({ 'leakbase.la': { operation: 'leakbase', status: 'seized', confidence: 'high' } });
const hit = { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' };

describe('checkLine', () => {
  it.each([
    ['http://leakbase.la/', { host: 'leakbase.la', match: hit }],
    ['  https://forum.leakbase.la/x  ', { host: 'forum.leakbase.la', match: hit }],
    ['WWW.LeakBase.LA.', { host: 'www.leakbase.la', match: hit }],
    ['leakbase.la', { host: 'leakbase.la', match: hit }],
    ['leakbase.la:8080', { host: 'leakbase.la', match: hit }],
    ['a_b.leakbase.la', { host: 'a_b.leakbase.la', match: hit }],
    ['https://notleakbase.la/', { host: 'notleakbase.la', match: null }],
    ['leakbase.la.example.com', { host: 'leakbase.la.example.com', match: null }],
  ])('%s', (input, expected) => {
    expect(checkLine(matcher, input)).toEqual({ input, ...expected });
  });

  it.each([
    ['javascript:alert(1)', { match: null, reason: 'not a web page (javascript:)' }],
    ['http://[::1]/', { host: '[::1]', match: null, reason: 'an IP address: the list holds names only' }],
    ['localhost', { host: 'localhost', match: null, reason: 'localhost: this computer, never on the list' }],
  ])('answers %j with no match and a reason', (input, expected) => {
    expect(checkLine(matcher, input)).toEqual({ input, ...expected });
  });

  it.each([
    ['not a url', 'not a URL'],
    ['', 'not a URL'],
    ['leakbase.la/path', 'not a URL'],
  ])('reports %j as an error', (input, error) => {
    expect(checkLine(matcher, input)).toEqual({ input, error });
  });
});

describe('checkLine on the trick table (tests/fixtures/url-tricks.ts)', () => {
  const tricks = createMatcher(TRICK_DOMAINS);
  it.each(URL_TRICKS.map((t) => [t.why, t] as const))('%s', (_why, { input, expected }) => {
    const line = checkLine(tricks, input);
    expect(line.input).toBe(input);
    expect(checkerVerdict(line)).toEqual(expected);
  });
});

describe('echoInput', () => {
  it('writes back an input of up to MAX_ECHO characters as it is, a longer one cut, with its length', () => {
    expect(echoInput('http://a.test/')).toEqual({ input: 'http://a.test/' });
    expect(echoInput('x'.repeat(MAX_ECHO))).toEqual({ input: 'x'.repeat(MAX_ECHO) });
    expect(echoInput('x'.repeat(MAX_ECHO + 1))).toEqual({
      input: `${'x'.repeat(MAX_ECHO)}…`,
      inputLength: MAX_ECHO + 1,
    });
    // A line read with bounded memory was cut already: its full length is passed in.
    expect(echoInput('x'.repeat(10), 40_000_000)).toEqual({ input: `${'x'.repeat(10)}…`, inputLength: 40_000_000 });
  });
});
