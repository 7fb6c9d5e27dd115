// "Have I been there?": history.search matches text loosely, so only the matcher decides what counts:
// the listed domain or a subdomain of it, never a look-alike. Hits are grouped per listed domain.
import { describe, expect, it } from 'vitest';
import { checkHistory, groupVisits, matchVisits, type VisitItem } from '../../src/core/history-check.ts';
import { createMatcher } from '../../src/core/matcher.ts';

const matcher = createMatcher({
  'leakbase.la': { operation: 'leakbase', status: 'seized', confidence: 'high' },
  'leakbase.bz': { operation: 'leakbase', status: 'suspected-relaunch', confidence: 'medium' },
  'warzone.ws': { operation: 'warzone-rat', status: 'seized', confidence: 'high' },
  'www.warzone.ws': { operation: 'warzone-rat', status: 'seized', confidence: 'high' },
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10, 12);
const item = (url: string, lastVisitTime = T0, visitCount = 1): VisitItem => ({ url, lastVisitTime, visitCount });

describe('which history items count', () => {
  it.each([
    'http://notleakbase.la/',
    'http://leakbase.la.example.com/',
    'https://leakbase.lab/',
    'https://leakbase-la.com/',
    'https://example.com/leakbase.la',
    'https://example.com/?q=leakbase.la',
    'https://www.google.com/search?q=leakbase.la',
    'http://leakbase.la@example.com/',
    'https://duckduckgo.com/#leakbase.la',
    'about:reader?url=http://leakbase.la/',
    'file:///home/user/leakbase.la.html',
    'not a url',
  ])('%s does not count', (url) => {
    expect(matchVisits(matcher, [item(url)])).toEqual([]);
  });

  it.each([
    ['http://leakbase.la/', 'leakbase.la', 'leakbase.la'],
    ['https://www.leakbase.la/threads/1', 'www.leakbase.la', 'leakbase.la'],
    ['https://forum.leakbase.la/', 'forum.leakbase.la', 'leakbase.la'],
    ['http://a.b.leakbase.la:8080/x', 'a.b.leakbase.la', 'leakbase.la'],
    ['HTTP://LeakBase.LA./', 'leakbase.la', 'leakbase.la'],
    ['https://leakbase.bz/', 'leakbase.bz', 'leakbase.bz'],
    ['https://www.warzone.ws/', 'www.warzone.ws', 'www.warzone.ws'],
    ['https://shop.warzone.ws/', 'shop.warzone.ws', 'warzone.ws'],
    ['http://a_b.leakbase.bz/', 'a_b.leakbase.bz', 'leakbase.bz'],
    // The browser fetched the listed page to show its source: a visit, as the badge and the checker say.
    ['view-source:http://leakbase.la/', 'leakbase.la', 'leakbase.la'],
  ])('%s counts as %s under %s', (url, host, domain) => {
    expect(matchVisits(matcher, [item(url)])).toEqual([{ ...item(url), host, domain }]);
  });

  it('an item found by two searches counts once', () => {
    expect(matchVisits(matcher, [item('http://leakbase.la/'), item('http://leakbase.la/')])).toHaveLength(1);
  });
});

describe('grouping per listed domain', () => {
  const items: VisitItem[] = [
    item('http://leakbase.la/', T0, 3),
    item('https://www.leakbase.la/login', T0 + 5 * DAY, 2),
    item('https://forum.leakbase.la/t/1', T0 - 20 * DAY, 1),
    item('http://notleakbase.la/', T0 + 30 * DAY, 9),
    item('https://leakbase.la.example.com/', T0 + 40 * DAY, 9),
    item('https://leakbase.bz/', T0 + 10 * DAY, 1),
  ];

  it('groups hits per listed domain, most recently visited first, with dates, visits, pages and hosts', () => {
    expect(checkHistory(matcher, items)).toEqual([
      {
        domain: 'leakbase.bz',
        operation: 'leakbase',
        status: 'suspected-relaunch',
        confidence: 'medium',
        hosts: ['leakbase.bz'],
        firstVisit: T0 + 10 * DAY,
        lastVisit: T0 + 10 * DAY,
        visits: 1,
        pages: 1,
      },
      {
        domain: 'leakbase.la',
        operation: 'leakbase',
        status: 'seized',
        confidence: 'high',
        hosts: ['forum.leakbase.la', 'leakbase.la', 'www.leakbase.la'],
        firstVisit: T0 - 20 * DAY,
        lastVisit: T0 + 5 * DAY,
        visits: 6,
        pages: 3,
      },
    ]);
  });

  it('uses the earliest recorded visit when the browser gave one', () => {
    const withFirst = matchVisits(matcher, [item('http://leakbase.la/', T0, 4)]).map((v) => ({
      ...v,
      firstVisitTime: T0 - 100 * DAY,
    }));
    const [hit] = groupVisits(matcher, withFirst);
    expect([hit.firstVisit, hit.lastVisit]).toEqual([T0 - 100 * DAY, T0]);
  });

  it('copes with items that have no times or counts', () => {
    const [hit] = checkHistory(matcher, [
      { url: 'http://leakbase.la/' },
      { url: 'http://www.leakbase.la/', visitCount: 0 },
    ]);
    expect(hit).toMatchObject({
      domain: 'leakbase.la',
      firstVisit: undefined,
      lastVisit: undefined,
      visits: 2,
      pages: 2,
    });
  });

  it('finds nothing in a history without listed domains', () => {
    expect(checkHistory(matcher, [item('https://example.org/'), item('http://notleakbase.la/')])).toEqual([]);
    expect(checkHistory(matcher, [])).toEqual([]);
  });
});
