// What the extension knows about the page a tab shows, derived from the tab's URL. The browser shows an
// extension the URL of a tab only when it has access to the site, or for the one tab whose toolbar button the user
// clicked (activeTab). An unseen URL means "not listed" only while every listed site is granted; otherwise the
// extension cannot tell, and says so.
import { checkUrl, type Match, type Matcher } from './matcher.ts';
import { readWarningTarget, warningPageHash } from './warning-target.ts';

export type TabState =
  /** `warned`: the tab shows our warning page in place of this URL. */
  | { kind: 'listed'; url: string; host: string; match: Match; warned?: boolean }
  | { kind: 'unlisted'; host: string | null }
  /** The URL was not visible, and a listed page's might not be either. */
  | { kind: 'unknown' }
  | { kind: 'not-web' };

/**
 * @param warningPageUrl our warning page, whose hash holds the listed URL it stands in for
 * @param seesEveryListedSite every listed site is granted, so the browser would show the URL of any listed page
 */
export function deriveTabState(
  matcher: Matcher,
  url: string | undefined,
  warningPageUrl?: string,
  seesEveryListedSite = false,
): TabState {
  if (url === undefined || url === '')
    return seesEveryListedSite ? { kind: 'unlisted', host: null } : { kind: 'unknown' };
  const hash = warningPageUrl ? warningPageHash(url, warningPageUrl) : null;
  if (hash !== null) {
    const target = readWarningTarget(matcher, hash);
    return target.ok
      ? { kind: 'listed', url: target.url, host: target.host, match: target.match, warned: true }
      : { kind: 'not-web' };
  }
  const result = checkUrl(matcher, url);
  // A web page on an IP address or localhost is a page that cannot be listed; anything else is no web page.
  if (!result.ok)
    return result.isUrl && result.host !== undefined ? { kind: 'unlisted', host: result.host } : { kind: 'not-web' };
  if (!result.match) return { kind: 'unlisted', host: result.host };
  return { kind: 'listed', url, host: result.host, match: result.match };
}
