// Looks a visited host up in the compiled domain index: the exact host or a listed parent domain, found
// by whole labels, never a substring or a platform name. Any string is accepted and none can cost more
// than the longest listed domain allows.
import type { DomainIndexEntry, DomainStatus, Confidence } from './dataset-types.ts';
import { hostFromUrl, normaliseVisitedHost, type UrlHost } from './host.ts';

export interface Match {
  /** The listed domain that matched (the host itself or a parent of it). */
  domain: string;
  operation: string;
  status: DomainStatus;
  confidence: Confidence;
}

export type Matcher = (host: string) => Match | null;

/**
 * A host matches a listed domain when it is that domain or ends in "." plus it. Whatever the other labels
 * hold (underscores, edge hyphens, empty labels, escapes) does not matter: browsers load such hosts.
 * @example createMatcher({ 'leakbase.bz': … })('a_b.leakbase.bz') // { domain: 'leakbase.bz', … }
 * @example createMatcher({ 'leakbase.la': … })('notleakbase.la') // null
 */
export function createMatcher(index: Record<string, DomainIndexEntry>): Matcher {
  const table = new Map(Object.entries(index));
  const longest = [...table.keys()].reduce((max, domain) => Math.max(max, domain.length), 0);
  return (host) => {
    // Listed domains are lower case; the parser lower-cases names but Chromium keeps escapes such as %2A.
    const name = asciiLowerCase(normaliseVisitedHost(host));
    let found: Match | null = null;
    // Suffixes that start at a label, shortest first, so the most specific listed domain is found last.
    // Only the last `longest` characters can hold a listed domain, so a host of any length costs the same.
    for (let end = name.length; ; ) {
      const dot = end > 0 ? name.lastIndexOf('.', end - 1) : -1;
      if (name.length - dot - 1 > longest) break;
      const suffix = name.slice(dot + 1);
      const entry = table.get(suffix);
      if (entry) found = { domain: suffix, ...entry };
      if (dot < 0) break;
      end = dot;
    }
    return found;
  };
}

/** The longest name DNS allows: no listed domain is longer, so no longer suffix needs a look-up. */
const MAX_NAME = 253;

/**
 * The names the matcher looks a host up by: the normalised host and each parent of it by whole labels, up to
 * the longest name DNS allows. What a page must have loaded of a sharded index to match this host.
 * @example lookupNames('Forum.LeakBase.la.') // ['la', 'leakbase.la', 'forum.leakbase.la']
 */
export function lookupNames(host: string): string[] {
  const name = asciiLowerCase(normaliseVisitedHost(host));
  const names: string[] = [];
  for (let end = name.length; ; ) {
    const dot = end > 0 ? name.lastIndexOf('.', end - 1) : -1;
    if (name.length - dot - 1 > MAX_NAME) break;
    names.push(name.slice(dot + 1));
    if (dot < 0) break;
    end = dot;
  }
  return names;
}

function asciiLowerCase(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]/g, (c) => c.toLowerCase()) : text;
}

export type UrlCheck =
  | { ok: true; host: string; webUrl: string; match: Match | null }
  | Extract<UrlHost, { ok: false }>;

/**
 * Read a visited URL and look its host up; the one path used by the background, the warning page, the
 * history check and the checker.
 * @example checkUrl(m, 'http://politie.nl@leakbase.la./') // { ok: true, host: 'leakbase.la', match: { domain: 'leakbase.la', … }, … }
 */
export function checkUrl(matcher: Matcher, url: string): UrlCheck {
  const read = hostFromUrl(url);
  if (!read.ok) return read;
  return { ok: true, host: read.host, webUrl: read.webUrl, match: matcher(read.host) };
}
