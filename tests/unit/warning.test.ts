import { describe, expect, it } from 'vitest';
import { allowRules, fullPageDomains, installedRules, stopRules } from '../../src/core/blocking-rules.ts';
import { accessTo } from '../../src/core/permission-plan.ts';
import type { DomainIndexEntry } from '../../src/core/dataset-types.ts';
import { createMatcher } from '../../src/core/matcher.ts';
import { bypassAllowed, effectiveWarningLevel, parsePolicy } from '../../src/core/policy.ts';
import { readWarningTarget, shortenForDisplay } from '../../src/core/warning-target.ts';
import { KIND_LOOK, listingKind, type ListingKind } from '../../src/core/listing-kind.ts';
import { parseWarningLevel, presentation, type Presentation, type WarningLevel } from '../../src/core/warning-level.ts';

const index: Record<string, DomainIndexEntry> = {
  'leakbase.la': { operation: 'leakbase', status: 'seized', confidence: 'high' },
  'leakbase.io': { operation: 'leakbase', status: 'used', confidence: 'medium' },
  'leakbase.bz': { operation: 'leakbase', status: 'suspected-relaunch', confidence: 'medium' },
  'webstresser.org': { operation: 'webstresser', status: 'offline', confidence: 'high' },
  'veriftools.net': { operation: 'veriftools', status: 'seized', confidence: 'medium' },
  'gone.test': { operation: 'gone', status: 're-registered', confidence: 'high' },
};

describe('how each kind of listing is shown', () => {
  it.each<[string, WarningLevel, boolean, Presentation]>([
    // recommended (default): full page for confirmed takedowns and possible relaunches, a notice otherwise
    ['leakbase.la', 'recommended', false, 'page'],
    ['webstresser.org', 'recommended', false, 'page'],
    ['leakbase.bz', 'recommended', false, 'page'],
    ['veriftools.net', 'recommended', false, 'notice'],
    ['leakbase.io', 'recommended', false, 'notice'],
    ['gone.test', 'recommended', false, 'badge'],
    // all: a full page for everything that is still the platform's
    ['leakbase.io', 'all', false, 'page'],
    ['veriftools.net', 'all', false, 'page'],
    ['gone.test', 'all', false, 'notice'],
    // badge: the toolbar only, whatever the user asked per site
    ['leakbase.la', 'badge', false, 'badge'],
    ['leakbase.io', 'badge', true, 'badge'],
    // "always warn me here" turns a notice (or a badge) into a full page
    ['leakbase.io', 'recommended', true, 'page'],
    ['gone.test', 'recommended', true, 'page'],
  ])('%s at level %s (always: %s) → %s', (domain, level, always, expected) => {
    expect(presentation(index[domain], level, always)).toBe(expected);
  });

  it.each<[DomainIndexEntry['status'], DomainIndexEntry['confidence'], ListingKind]>([
    ['seized', 'high', 'takedown'],
    ['offline', 'high', 'takedown'],
    ['seized', 'medium', 'reported'],
    ['offline', 'low', 'reported'],
    ['suspected-relaunch', 'medium', 'relaunch'],
    ['used', 'medium', 'former'],
    ['lapsed', 'high', 'released'],
    ['re-registered', 'high', 'released'],
  ])('status %s with confidence %s is a listing of kind %s', (status, confidence, kind) => {
    expect(listingKind({ status, confidence })).toBe(kind);
  });

  it('gives every kind its own mark and colour, so the badge never rests on colour alone', () => {
    const looks = Object.values(KIND_LOOK);
    expect(new Set(looks.map((l) => l.mark)).size).toBe(looks.length);
    expect(new Set(looks.map((l) => l.colour)).size).toBe(looks.length);
  });

  it('reads "confirmed", the old name of the default level, as recommended', () => {
    expect(parseWarningLevel('confirmed')).toBe('recommended');
    expect(parseWarningLevel('loud')).toBeNull();
  });
});

describe('blocking rules', () => {
  const page = 'chrome-extension://abc/src/warning/index.html';
  const all = () => true;
  const none = () => false;
  it('redirects the full-page domains it has access to, with the whole URL in the hash', () => {
    expect(stopRules(fullPageDomains(index, 'recommended'), all, page)).toEqual([
      {
        id: 1,
        priority: 2,
        action: { type: 'redirect', redirect: { regexSubstitution: `${page}#\\0` } },
        condition: {
          regexFilter: '^.+$',
          requestDomains: ['leakbase.bz', 'leakbase.la', 'webstresser.org'],
          resourceTypes: ['main_frame'],
        },
      },
    ]);
  });
  it('blocks the full-page domains it has no access to: the browser stops them without any permission', () => {
    expect(stopRules(fullPageDomains(index, 'recommended'), none, page)).toEqual([
      {
        id: 2,
        priority: 1,
        action: { type: 'block' },
        condition: { requestDomains: ['leakbase.bz', 'leakbase.la', 'webstresser.org'], resourceTypes: ['main_frame'] },
      },
    ]);
  });
  it('gives each domain exactly one of the two (a redirect without access would silence a lower block)', () => {
    const rules = stopRules(
      fullPageDomains(index, 'all'),
      accessTo(['*://*.leakbase.la/*', '*://*.leakbase.bz/*']),
      page,
    );
    expect(rules.map((r) => [r.action.type, r.condition.requestDomains])).toEqual([
      ['redirect', ['leakbase.bz', 'leakbase.la']],
      ['block', ['leakbase.io', 'veriftools.net', 'webstresser.org']],
    ]);
  });
  it('the installed ruleset blocks what a new install shows as a full page', () => {
    expect(installedRules(index)).toEqual([
      {
        id: 1,
        priority: 1,
        action: { type: 'block' },
        condition: { requestDomains: ['leakbase.bz', 'leakbase.la', 'webstresser.org'], resourceTypes: ['main_frame'] },
      },
    ]);
    expect(installedRules({ 'gone.test': index['gone.test'] })).toEqual([]);
  });
  it('adds the domains the user asked a full page for', () => {
    expect(fullPageDomains(index, 'recommended', ['leakbase.io'])).toEqual([
      'leakbase.bz',
      'leakbase.io',
      'leakbase.la',
      'webstresser.org',
    ]);
  });
  it("covers every listed domain still the platform's at level all, and none at level badge", () => {
    expect(fullPageDomains(index, 'all')).toHaveLength(5);
    expect(stopRules(fullPageDomains(index, 'badge'), all, page)).toEqual([]);
  });
  it('allows exact hosts only, above both ways of stopping', () => {
    const [rule] = allowRules(['leakbase.la']);
    expect(rule).toMatchObject({ id: 1000, priority: 3, action: { type: 'allow' } });
    const stops = [...stopRules(['leakbase.la'], all, page), ...stopRules(['leakbase.la'], none, page)];
    expect(stops.every((r) => r.priority < rule.priority)).toBe(true);
    const re = new RegExp(rule.condition.regexFilter!);
    expect(re.test('http://leakbase.la/')).toBe(true);
    expect(re.test('https://leakbase.la:8443/x?y')).toBe(true);
    expect(re.test('http://forum.leakbase.la/')).toBe(false);
    expect(re.test('http://leakbaseXla/')).toBe(false);
    expect(re.test('http://leakbase.la.evil.test/')).toBe(false);
  });
  it('lets through the same site written with userinfo or trailing dots, and nothing else', () => {
    const re = new RegExp(allowRules(['a_b.leakbase.la'])[0].condition.regexFilter!);
    for (const url of [
      'http://a_b.leakbase.la/',
      'http://u:p@a_b.leakbase.la/',
      'http://a_b.leakbase.la../x',
      'https://a_b.leakbase.la:8443/?q',
    ])
      expect(re.test(url), url).toBe(true);
    for (const url of [
      'http://a_b.leakbase.la@evil.test/',
      'http://xa_b.leakbase.la/',
      'http://a_b.leakbase.la.evil.test/',
      'http://x.a_b.leakbase.la/',
    ])
      expect(re.test(url), url).toBe(false);
  });
  it.each(['a$b.leakbase.la', 'a(b.leakbase.la', 'a*b+c.leakbase.la', 'a[b]{1}|c^.leakbase.la', 'a\\b?.leakbase.la'])(
    'escapes every regex character in %s',
    (host) => {
      const re = new RegExp(allowRules([host])[0].condition.regexFilter!);
      expect(re.test(`http://${host}/`)).toBe(true);
      expect(re.test(`http://${host.replace(/[^a-z.]/g, 'x')}/`)).toBe(false);
    },
  );
  it('gives each allowed host its own id and drops duplicates', () => {
    expect(allowRules(['b.test', 'a.test', 'b.test']).map((r) => [r.id, r.condition.requestDomains[0]])).toEqual([
      [1000, 'a.test'],
      [1001, 'b.test'],
    ]);
  });
});

describe('managed policy', () => {
  const none = { allowBypass: true, warningLevel: null, supportMessage: null, supportUrl: null };
  it.each([
    [undefined, none],
    [{}, none],
    [{ allowBypass: false }, { ...none, allowBypass: false }],
    [{ allowBypass: 'no' }, none],
    [{ warningLevel: 'all' }, { ...none, warningLevel: 'all' }],
    [{ warningLevel: 'confirmed' }, { ...none, warningLevel: 'recommended' }],
    [{ warningLevel: 'everything' }, none],
    [
      { supportMessage: '  Call the help desk on 1234.  ', supportUrl: 'mailto:help@example.org' },
      { ...none, supportMessage: 'Call the help desk on 1234.', supportUrl: 'mailto:help@example.org' },
    ],
    [{ supportMessage: 7, supportUrl: 'javascript:alert(1)' }, none],
    [{ supportMessage: 'x'.repeat(900) }, { ...none, supportMessage: 'x'.repeat(500) }],
    ['garbage', none],
  ])('%j', (raw, expected) => {
    expect(parsePolicy(raw)).toEqual(expected);
  });
  it("fixes the warning level when the policy sets one, and leaves the user's choice otherwise", () => {
    expect(effectiveWarningLevel(parsePolicy({ warningLevel: 'all' }), 'badge')).toBe('all');
    expect(effectiveWarningLevel(parsePolicy({}), 'badge')).toBe('badge');
  });
  it('fails closed while the policy is not known: no way past a warning, never quieter than a new install', () => {
    expect(bypassAllowed(null)).toBe(false);
    expect(bypassAllowed(parsePolicy({}))).toBe(true);
    expect(bypassAllowed(parsePolicy({ allowBypass: false }))).toBe(false);
    expect(effectiveWarningLevel(null, 'badge')).toBe('recommended');
    expect(effectiveWarningLevel(null, 'all')).toBe('all');
    expect(effectiveWarningLevel(null, 'recommended')).toBe('recommended');
  });
});

describe('warning page hash', () => {
  const matcher = createMatcher(index);
  it('reads a listed target with path, query and fragment kept', () => {
    expect(readWarningTarget(matcher, '#https://www.leakbase.la:8443/t/1?a=b#c')).toEqual({
      ok: true,
      url: 'https://www.leakbase.la:8443/t/1?a=b#c',
      host: 'www.leakbase.la',
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
    const target = readWarningTarget(
      createMatcher({ ...index, 'raidforums.com': { operation: 'raidforums', status: 'seized', confidence: 'high' } }),
      hash,
    );
    expect(target).toMatchObject({ ok: true, url, host });
  });
  it('shortens long URLs for display only', () => {
    expect(shortenForDisplay('http://a.test/' + 'x'.repeat(200), 20)).toHaveLength(20);
    expect(shortenForDisplay('http://a.test/', 20)).toBe('http://a.test/');
  });
});
