// Reads the warning page's hash: the URL the browser was about to load. The hash is attacker-shaped
// input (any page can link to the warning page), so this never throws and only ever returns text.
import { checkUrl, type Match, type Matcher } from './matcher.ts';

export type WarningTarget =
  | { ok: true; url: string; host: string; match: Match }
  | { ok: false; reason: 'empty' | 'not-a-web-url' | 'not-listed' };

/** Longer than any address a browser keeps; such a hash is not a navigation we redirected. */
const MAX_LENGTH = 65_536;

export function readWarningTarget(matcher: Matcher, hash: string): WarningTarget {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { ok: false, reason: 'empty' };
  if (raw.length > MAX_LENGTH) return { ok: false, reason: 'not-a-web-url' };
  const result = checkUrl(matcher, raw);
  if (!result.ok) return { ok: false, reason: 'not-a-web-url' };
  if (!result.match) return { ok: false, reason: 'not-listed' };
  return { ok: true, url: raw, host: result.host, match: result.match };
}

/** A URL shortened for display; the full one is kept for "continue". */
export function shortenForDisplay(url: string, max = 120): string {
  return url.length <= max ? url : `${url.slice(0, max - 1)}…`;
}
