// Reads the warning page's hash: the URL the browser was about to load. The hash is attacker-shaped
// input (any page can link to the warning page), so this never throws and only ever returns text.
import { checkUrl, type Match, type Matcher } from './matcher.ts';

export type WarningTarget =
  | { ok: true; url: string; host: string; match: Match }
  | { ok: false; reason: 'empty' | 'not-a-web-url' | 'not-listed' };

/**
 * The listed page the warning stands in for, read by the same checkUrl as the background and the checker,
 * so a host the browser redirected (`a_b.raidforums.com`) always gets a real warning. Input longer than
 * any browser loads is refused inside checkUrl. `url` is the web page to continue to: the hash itself,
 * or the page inside a view-source:, blob: or filesystem: URL that a website put there.
 * @example readWarningTarget(m, '#http://a_b.raidforums.com/') // { ok: true, url: 'http://a_b.raidforums.com/', host: 'a_b.raidforums.com', match: { domain: 'raidforums.com', … } }
 */
export function readWarningTarget(matcher: Matcher, hash: string): WarningTarget {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { ok: false, reason: 'empty' };
  const result = checkUrl(matcher, raw);
  if (!result.ok) return { ok: false, reason: 'not-a-web-url' };
  if (!result.match) return { ok: false, reason: 'not-listed' };
  return { ok: true, url: result.webUrl, host: result.host, match: result.match };
}

/**
 * The hash of a tab's address when the tab shows our warning page (with or without its query: the redirect adds
 * the session's secret there), else null.
 * @example warningPageHash('chrome-extension://x/src/warning/index.html?via=ab#http://a.test/', 'chrome-extension://x/src/warning/index.html') // '#http://a.test/'
 */
export function warningPageHash(url: string, pageUrl: string): string | null {
  if (!url.startsWith(pageUrl)) return null;
  const rest = url.slice(pageUrl.length);
  if (rest.startsWith('#')) return rest;
  if (!rest.startsWith('?')) return null;
  const at = rest.indexOf('#');
  return at === -1 ? null : rest.slice(at);
}

/** A URL shortened for display; the full one is kept for "continue". */
export function shortenForDisplay(url: string, max = 120): string {
  return url.length <= max ? url : `${url.slice(0, max - 1)}…`;
}
