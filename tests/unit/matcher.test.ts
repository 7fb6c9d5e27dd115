import { describe, expect, it } from 'vitest';
import { checkUrl, createMatcher } from '../../src/core/matcher.ts';

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
    'ignores %s', (url) => {
      expect(checkUrl(matcher, url).ok).toBe(false);
    });

  it('returns the listed entry with its status and confidence', () => {
    expect(checkUrl(matcher, 'https://leakbase.bz/')).toEqual({
      ok: true, host: 'leakbase.bz', match: { domain: 'leakbase.bz', operation: 'leakbase', status: 'suspected-relaunch', confidence: 'medium' },
    });
  });

  it('prefers the most specific listed domain', () => {
    const nested = createMatcher({
      'warzone.ws': { operation: 'a', status: 'seized', confidence: 'high' },
      'www.warzone.ws': { operation: 'b', status: 'seized', confidence: 'high' },
    });
    expect(checkUrl(nested, 'http://www.warzone.ws/').ok && (checkUrl(nested, 'http://www.warzone.ws/') as { match: { operation: string } }).match.operation).toBe('b');
  });

  it('is not fooled by object prototype names', () => {
    for (const url of ['http://constructor/', 'http://__proto__.la/', 'http://toString.valueOf/', 'http://hasownproperty.constructor/']) {
      const result = checkUrl(matcher, url);
      expect(result.ok ? result.match : null).toBeNull();
    }
  });
});
