import { describe, expect, it } from 'vitest';
import { checkUrl, createMatcher } from '../../src/core/matcher.ts';
import { TRICK_DOMAINS, URL_TRICKS, urlCheckVerdict } from '../fixtures/url-tricks.ts';

const matcher = createMatcher({
  'leakbase.la': { operation: 'leakbase', status: 'seized', confidence: 'high' },
  'leakbase.bz': { operation: 'leakbase', status: 'suspected-relaunch', confidence: 'medium' },
  'xn--bcher-kva.example': { operation: 'idn', status: 'seized', confidence: 'high' },
});

describe('matching a visited URL', () => {
  it.each([
    ['http://leakbase.la/', 'leakbase.la'],
    ['https://www.leakbase.la/', 'leakbase.la'],
    ['https://forum.leakbase.la/threads/1', 'leakbase.la'],
    ['http://a.b.c.leakbase.la/', 'leakbase.la'],
    ['http://WWW.LeakBase.LA./', 'leakbase.la'],
    ['http://politie.nl@leakbase.la/', 'leakbase.la'],
    ['http://leakbase.la:8080/', 'leakbase.la'],
    ['https://leakbase.bz/', 'leakbase.bz'],
    ['http://bücher.example/', 'xn--bcher-kva.example'],
    ['http://www.xn--bcher-kva.example/', 'xn--bcher-kva.example'],
    ['http://a_b.leakbase.bz/', 'leakbase.bz'],
    ['http://x-.leakbase.bz/', 'leakbase.bz'],
    ['http://-x.leakbase.bz/', 'leakbase.bz'],
    ['http://a..leakbase.bz/', 'leakbase.bz'],
    ['http://leakbase.la../', 'leakbase.la'],
  ])('%s matches %s', (url, domain) => {
    const result = checkUrl(matcher, url);
    expect(result.ok && result.match?.domain).toBe(domain);
  });

  it.each([
    'http://leakbase.la.example.com/',
    'http://notleakbase.la/',
    'http://leakbase.lab/',
    'http://leakbase.l/',
    'http://leakbasela/',
    'http://la/',
    'http://example.com/leakbase.la',
    'http://example.com/?u=http://leakbase.la/',
    'http://example.com/#leakbase.la',
    'http://leakbase.la@example.com/',
    'http://leakbase-la.com/',
    'http://leakbase.la-x.com/',
    'http://bucher.example/',
    'http://matrix.org/',
    'http://politie.nl/',
  ])('%s does not match', (url) => {
    const result = checkUrl(matcher, url);
    expect(result.ok ? result.match : null).toBeNull();
  });

  it.each(['javascript:alert("leakbase.la")', 'file:///leakbase.la', 'data:,leakbase.la', 'about:blank', 'not a url'])(
    'ignores %s',
    (url) => {
      expect(checkUrl(matcher, url).ok).toBe(false);
    },
  );

  it('returns the listed entry with its status and confidence', () => {
    expect(checkUrl(matcher, 'https://leakbase.bz/')).toEqual({
      ok: true,
      host: 'leakbase.bz',
      webUrl: 'https://leakbase.bz/',
      match: { domain: 'leakbase.bz', operation: 'leakbase', status: 'suspected-relaunch', confidence: 'medium' },
    });
  });

  it('prefers the most specific listed domain', () => {
    const nested = createMatcher({
      'warzone.ws': { operation: 'a', status: 'seized', confidence: 'high' },
      'www.warzone.ws': { operation: 'b', status: 'seized', confidence: 'high' },
    });
    expect(
      checkUrl(nested, 'http://www.warzone.ws/').ok &&
        (checkUrl(nested, 'http://www.warzone.ws/') as { match: { operation: string } }).match.operation,
    ).toBe('b');
  });

  it('is not fooled by object prototype names', () => {
    for (const url of [
      'http://constructor/',
      'http://__proto__.la/',
      'http://toString.valueOf/',
      'http://hasownproperty.constructor/',
    ]) {
      const result = checkUrl(matcher, url);
      expect(result.ok ? result.match : null).toBeNull();
    }
  });
});

describe('the matcher on any host string', () => {
  it.each([
    ['leakbase.la', 'leakbase.la'],
    ['LEAKBASE.LA.', 'leakbase.la'],
    ['a%2Ab.leakbase.bz', 'leakbase.bz'],
    ['a b.leakbase.bz', 'leakbase.bz'],
    ['.leakbase.la', 'leakbase.la'],
    ['la', null],
    ['', null],
    ['.', null],
    [`${'x.'.repeat(100_000)}leakbase.la`, 'leakbase.la'],
    [`${'x'.repeat(100_000)}leakbase.la`, null],
  ])('%j → %s', (host, domain) => {
    expect(matcher(host)?.domain ?? null).toBe(domain);
  });
});

describe('the trick table (tests/fixtures/url-tricks.ts)', () => {
  const tricks = createMatcher(TRICK_DOMAINS);
  // Bare host names are a convenience of the checker (tested in check-line.test.ts); a browser gets http://NAME/.
  it.each(URL_TRICKS.map((t) => [t.why, t] as const))('%s', (_why, { input, bare, expected }) => {
    const url = bare ? `http://${input}/` : input;
    expect(urlCheckVerdict(checkUrl(tricks, url))).toEqual(expected);
  });
});
