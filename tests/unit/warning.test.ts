import { describe, expect, it } from 'vitest';
import { allowRules, redirectRules } from '../../src/core/blocking-rules.ts';
import type { DomainIndexEntry } from '../../src/core/dataset-types.ts';
import { createMatcher } from '../../src/core/matcher.ts';
import { effectiveWarningLevel, parsePolicy } from '../../src/core/policy.ts';
import { readWarningTarget, shortenForDisplay } from '../../src/core/warning-target.ts';
import { isUnconfirmed, warnsFullPage, type WarningLevel } from '../../src/core/warning-level.ts';

const index: Record<string, DomainIndexEntry> = {
  'leakbase.la': { operation: 'leakbase', status: 'seized', confidence: 'high' },
  'leakbase.io': { operation: 'leakbase', status: 'used', confidence: 'medium' },
  'leakbase.bz': { operation: 'leakbase', status: 'suspected-relaunch', confidence: 'medium' },
  'webstresser.org': { operation: 'webstresser', status: 'offline', confidence: 'high' },
  'veriftools.net': { operation: 'veriftools', status: 'seized', confidence: 'medium' },
};

describe('warning level', () => {
  it.each<[string, WarningLevel, boolean]>([
    ['leakbase.la', 'confirmed', true],
    ['webstresser.org', 'confirmed', true],
    ['veriftools.net', 'confirmed', false],
    ['leakbase.io', 'confirmed', false],
    ['leakbase.bz', 'confirmed', false],
    ['leakbase.bz', 'all', true],
    ['leakbase.io', 'all', true],
    ['leakbase.la', 'badge', false],
  ])('%s at level %s → full page %s', (domain, level, expected) => {
    expect(warnsFullPage(index[domain], level)).toBe(expected);
  });
});

describe('unconfirmed entries', () => {
  it('are the possible relaunches and copycats only', () => {
    expect(isUnconfirmed('suspected-relaunch')).toBe(true);
    for (const status of ['used', 'seized', 'offline', 'lapsed', 're-registered'] as const) expect(isUnconfirmed(status)).toBe(false);
  });
});

describe('blocking rules', () => {
  const page = 'chrome-extension://abc/src/warning/index.html';
  it('redirects the confirmed domains to the warning page with the whole URL in the hash', () => {
    expect(redirectRules(index, 'confirmed', page)).toEqual([{
      id: 1, priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: `${page}#\\0` } },
      condition: { regexFilter: '^.+$', requestDomains: ['leakbase.la', 'webstresser.org'], resourceTypes: ['main_frame'] },
    }]);
  });
  it('covers every listed domain at level all, and none at level badge', () => {
    expect(redirectRules(index, 'all', page)[0].condition.requestDomains).toHaveLength(5);
    expect(redirectRules(index, 'badge', page)).toEqual([]);
  });
  it('allows exact hosts only, above the redirect', () => {
    const [rule] = allowRules(['leakbase.la']);
    expect(rule).toMatchObject({ id: 1000, priority: 2, action: { type: 'allow' } });
    const re = new RegExp(rule.condition.regexFilter);
    expect(re.test('http://leakbase.la/')).toBe(true);
    expect(re.test('https://leakbase.la:8443/x?y')).toBe(true);
    expect(re.test('http://forum.leakbase.la/')).toBe(false);
    expect(re.test('http://leakbaseXla/')).toBe(false);
    expect(re.test('http://leakbase.la.evil.test/')).toBe(false);
  });
  it('lets through the same site written with userinfo or trailing dots, and nothing else', () => {
    const re = new RegExp(allowRules(['a_b.leakbase.la'])[0].condition.regexFilter);
    for (const url of ['http://a_b.leakbase.la/', 'http://u:p@a_b.leakbase.la/', 'http://a_b.leakbase.la../x', 'https://a_b.leakbase.la:8443/?q']) expect(re.test(url), url).toBe(true);
    for (const url of ['http://a_b.leakbase.la@evil.test/', 'http://xa_b.leakbase.la/', 'http://a_b.leakbase.la.evil.test/', 'http://x.a_b.leakbase.la/']) expect(re.test(url), url).toBe(false);
  });
  it.each(['a$b.leakbase.la', 'a(b.leakbase.la', 'a*b+c.leakbase.la', 'a[b]{1}|c^.leakbase.la', 'a\\b?.leakbase.la'])('escapes every regex character in %s', (host) => {
    const re = new RegExp(allowRules([host])[0].condition.regexFilter);
    expect(re.test(`http://${host}/`)).toBe(true);
    expect(re.test(`http://${host.replace(/[^a-z.]/g, 'x')}/`)).toBe(false);
  });
  it('gives each allowed host its own id and drops duplicates', () => {
    expect(allowRules(['b.test', 'a.test', 'b.test']).map((r) => [r.id, r.condition.requestDomains[0]])).toEqual([[1000, 'a.test'], [1001, 'b.test']]);
  });
});

describe('managed policy', () => {
  it.each([
    [undefined, { allowBypass: true, warningLevel: null }],
    [{}, { allowBypass: true, warningLevel: null }],
    [{ allowBypass: false }, { allowBypass: false, warningLevel: null }],
    [{ allowBypass: 'no' }, { allowBypass: true, warningLevel: null }],
    [{ warningLevel: 'all' }, { allowBypass: true, warningLevel: 'all' }],
    [{ warningLevel: 'everything' }, { allowBypass: true, warningLevel: null }],
    ['garbage', { allowBypass: true, warningLevel: null }],
  ])('%j', (raw, expected) => {
    expect(parsePolicy(raw)).toEqual(expected);
  });
  it("fixes the warning level when the policy sets one, and leaves the user's choice otherwise", () => {
    expect(effectiveWarningLevel(parsePolicy({ warningLevel: 'all' }), 'badge')).toBe('all');
    expect(effectiveWarningLevel(parsePolicy({}), 'badge')).toBe('badge');
  });
});

describe('warning page hash', () => {
  const matcher = createMatcher(index);
  it('reads a listed target with path, query and fragment kept', () => {
    expect(readWarningTarget(matcher, '#https://www.leakbase.la:8443/t/1?a=b#c')).toEqual({
      ok: true, url: 'https://www.leakbase.la:8443/t/1?a=b#c', host: 'www.leakbase.la',
      match: { domain: 'leakbase.la', operation: 'leakbase', status: 'seized', confidence: 'high' },
    });
  });
  it.each([
    ['', 'empty'],
    ['#', 'empty'],
    ['#https://example.org/', 'not-listed'],
    ['#javascript:alert(document.domain)//leakbase.la', 'not-a-web-url'],
    ['#data:text/html,<script>alert(1)</script>', 'not-a-web-url'],
    ['#<img src=x onerror=alert(1)>', 'not-a-web-url'],
    ['#%E0%A4%A', 'not-a-web-url'],
    ['#http://%zz/', 'not-a-web-url'],
    [`#http://leakbase.la/${'x'.repeat(2 * 1024 * 1024)}`, 'not-a-web-url'],
    ['#http://notleakbase.la/', 'not-listed'],
  ])('%j → %s', (hash, reason) => {
    expect(readWarningTarget(matcher, hash)).toEqual({ ok: false, reason });
  });
  it.each([
    ['#http://a_b.raidforums.com/', 'http://a_b.raidforums.com/', 'a_b.raidforums.com'],
    ['#http://x-.leakbase.la./t?a#b', 'http://x-.leakbase.la./t?a#b', 'x-.leakbase.la'],
    [`#http://leakbase.la/${'x'.repeat(100_000)}`, `http://leakbase.la/${'x'.repeat(100_000)}`, 'leakbase.la'],
    ['#view-source:http://leakbase.la/t', 'http://leakbase.la/t', 'leakbase.la'],
  ])('gives %j a real warning (continue goes to the web page)', (hash, url, host) => {
    const target = readWarningTarget(createMatcher({ ...index, 'raidforums.com': { operation: 'raidforums', status: 'seized', confidence: 'high' } }), hash);
    expect(target).toMatchObject({ ok: true, url, host });
  });
  it('shortens long URLs for display only', () => {
    expect(shortenForDisplay('http://a.test/' + 'x'.repeat(200), 20)).toHaveLength(20);
    expect(shortenForDisplay('http://a.test/', 20)).toBe('http://a.test/');
  });
});
