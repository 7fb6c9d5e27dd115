// "Have I been there?": decides which browser-history items were visits to a listed domain and groups
// them per listed domain. history.search matches its text loosely (notleakbase.la, a page title, a URL
// path), so the matcher decides, exactly as it does for a visited page: the host or a parent domain only.
import type { Confidence, DomainStatus } from './dataset-types.ts';
import { checkUrl, type Matcher } from './matcher.ts';

/** One page from the browser's history (the shape of history.HistoryItem that the check needs). */
export interface VisitItem {
  url: string;
  /** Milliseconds since the epoch. */
  lastVisitTime?: number;
  visitCount?: number;
  /** Earliest known visit, when the browser was asked for the page's visits. */
  firstVisitTime?: number;
}

export interface MatchedVisit extends VisitItem {
  host: string;
  domain: string;
}

export interface HistoryHit {
  /** The listed domain. */
  domain: string;
  operation: string;
  status: DomainStatus;
  confidence: Confidence;
  /** Hosts visited under this domain (the domain itself, www., other subdomains), sorted. */
  hosts: string[];
  /** Milliseconds since the epoch; undefined when the browser gave no times. */
  firstVisit: number | undefined;
  lastVisit: number | undefined;
  /** Visits to all pages under the domain, as the browser counted them. */
  visits: number;
  pages: number;
}

/** The items whose host is a listed domain or a subdomain of one, each URL once. */
export function matchVisits(matcher: Matcher, items: readonly VisitItem[]): MatchedVisit[] {
  const seen = new Set<string>();
  const out: MatchedVisit[] = [];
  for (const item of items) {
    if (seen.has(item.url)) continue;
    seen.add(item.url);
    const check = checkUrl(matcher, item.url);
    if (check.ok && check.match) out.push({ ...item, host: check.host, domain: check.match.domain });
  }
  return out;
}

const earlier = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);
const later = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** Matched visits grouped per listed domain, the most recently visited domain first. */
export function groupVisits(matcher: Matcher, visits: readonly MatchedVisit[]): HistoryHit[] {
  const groups = new Map<string, HistoryHit>();
  for (const visit of visits) {
    const match = matcher(visit.domain);
    if (!match) continue;
    const hit = groups.get(visit.domain) ?? {
      domain: visit.domain,
      operation: match.operation,
      status: match.status,
      confidence: match.confidence,
      hosts: [],
      firstVisit: undefined,
      lastVisit: undefined,
      visits: 0,
      pages: 0,
    };
    if (!hit.hosts.includes(visit.host)) hit.hosts.push(visit.host);
    hit.firstVisit = earlier(hit.firstVisit, earlier(visit.firstVisitTime, visit.lastVisitTime));
    hit.lastVisit = later(hit.lastVisit, visit.lastVisitTime);
    // A page in history was visited at least once, even when the browser reports no count.
    hit.visits += Math.max(visit.visitCount ?? 1, 1);
    hit.pages += 1;
    groups.set(visit.domain, hit);
  }
  for (const hit of groups.values()) hit.hosts.sort();
  return [...groups.values()].sort(
    (a, b) => (b.lastVisit ?? 0) - (a.lastVisit ?? 0) || a.domain.localeCompare(b.domain),
  );
}

/** Both steps at once, for items that already carry their first visit (or where the last one will do). */
export function checkHistory(matcher: Matcher, items: readonly VisitItem[]): HistoryHit[] {
  return groupVisits(matcher, matchVisits(matcher, items));
}
