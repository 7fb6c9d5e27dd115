// The optional `history` permission and the history look-ups of the "Have I been there?" check.
// Asked for only when the user clicks the check (never at install); nothing read here is stored.
import type { VisitItem } from '../core/history-check.ts';
import browser from './browser.ts';

const HISTORY = { permissions: ['history' as const] };

export function hasHistoryPermission(): Promise<boolean> {
  return browser.permissions.contains(HISTORY);
}

/** Must be called synchronously from the click handler: browsers only ask during a user gesture. */
export function requestHistoryPermission(): Promise<boolean> {
  return browser.permissions.request(HISTORY);
}

export function removeHistoryPermission(): Promise<boolean> {
  return browser.permissions.remove(HISTORY);
}

/**
 * Pages in the history whose URL or title loosely contains a listed domain. The search is fuzzy on
 * purpose (it finds subdomains); the matcher in src/core/history-check.ts decides what really counts.
 */
export async function searchVisits(domains: readonly string[]): Promise<VisitItem[]> {
  const results = await Promise.all(
    domains.map((domain) => browser.history.search({ text: domain, startTime: 0, maxResults: 1000 })),
  );
  return results.flat().flatMap((item) =>
    item.url === undefined
      ? []
      : [
          {
            url: item.url,
            lastVisitTime: item.lastVisitTime,
            visitCount: item.visitCount,
          },
        ],
  );
}

/** Adds each page's earliest recorded visit (history.search only reports the last one). */
export async function withFirstVisits<T extends VisitItem>(items: readonly T[]): Promise<T[]> {
  return Promise.all(
    items.map(async (item) => {
      const visits = await browser.history.getVisits({ url: item.url }).catch(() => []);
      const times = visits.map((v) => v.visitTime).filter((t): t is number => typeof t === 'number');
      return times.length > 0 ? { ...item, firstVisitTime: Math.min(...times) } : item;
    }),
  );
}
