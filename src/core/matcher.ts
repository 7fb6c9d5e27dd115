// Looks a visited host up in the compiled domain index: the exact host or a listed parent domain,
// never a substring or a platform name. A Set-like object walk is plenty for thousands of domains.
import type { DomainIndexEntry, DomainStatus, Confidence } from './dataset-types.ts';
import { candidateDomains, hostFromUrl } from './host.ts';

export interface Match {
  /** The listed domain that matched (the host itself or a parent of it). */
  domain: string;
  operation: string;
  status: DomainStatus;
  confidence: Confidence;
}

export type Matcher = (host: string) => Match | null;

/**
 * @example createMatcher({ 'leakbase.la': … })('forum.leakbase.la') // { domain: 'leakbase.la', … }
 */
export function createMatcher(index: Record<string, DomainIndexEntry>): Matcher {
  const table = new Map(Object.entries(index));
  return (host) => {
    for (const candidate of candidateDomains(host)) {
      const entry = table.get(candidate);
      if (entry) return { domain: candidate, ...entry };
    }
    return null;
  };
}

export type UrlCheck =
  | { ok: true; host: string; match: Match | null }
  | { ok: false; reason: string };

/** Normalise a page URL and look its host up; the one path used by the background and the checker. */
export function checkUrl(matcher: Matcher, url: string): UrlCheck {
  const host = hostFromUrl(url);
  if (!host.ok) return host;
  return { ok: true, host: host.host, match: matcher(host.host) };
}
