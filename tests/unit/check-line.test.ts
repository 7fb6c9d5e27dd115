import { describe, expect, it } from 'vitest';
import { checkLine } from '../../src/core/check-line.ts';
import { createMatcher } from '../../src/core/matcher.ts';

const matcher = createMatcher({ 'leakbase.la': { operation: 'leakbase', status: 'seized', confidence: 'high' } });
const hit = { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' };

describe('checkLine', () => {
  it.each([
    ['http://leakbase.la/', { host: 'leakbase.la', match: hit }],
    ['  https://forum.leakbase.la/x  ', { host: 'forum.leakbase.la', match: hit }],
    ['WWW.LeakBase.LA.', { host: 'www.leakbase.la', match: hit }],
    ['leakbase.la', { host: 'leakbase.la', match: hit }],
    ['https://notleakbase.la/', { host: 'notleakbase.la', match: null }],
    ['leakbase.la.example.com', { host: 'leakbase.la.example.com', match: null }],
  ])('%s', (input, expected) => {
    expect(checkLine(matcher, input)).toEqual({ input, ...expected });
  });

  it.each([
    ['not a url', 'not a URL'],
    ['', 'not a URL'],
    ['javascript:alert(1)', 'not an http or https URL (javascript:)'],
    ['leakbase.la/path', 'not a URL'],
    ['http://[::1]/', 'an IP address, not a host name'],
  ])('reports %j as an error', (input, error) => {
    expect(checkLine(matcher, input)).toEqual({ input, error });
  });
});
