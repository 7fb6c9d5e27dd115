// Host names: the strict normaliser for the dataset (build time), and the lenient reader of visited URLs
// (run time: background, warning page, checker). Pure: no browser APIs, so it runs unchanged everywhere.

/** Longest host name DNS allows; a dataset entry longer than this cannot be a real domain. */
const MAX_HOST_LENGTH = 253;
/**
 * Longest URL any browser loads: Chromium refuses to navigate past 2 MiB, Firefox's URL parser past 1 MiB
 * (both measured). Anything longer is not looked at, so hostile input costs at most this much.
 */
export const MAX_URL_LENGTH = 2 * 1024 * 1024;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export type HostResult = { ok: true; host: string } | { ok: false; reason: string };

/**
 * Canonical form of a dataset entry: lower case, IDN as punycode, no trailing dot, and strictly a
 * DNS name (letters, digits, inner hyphens). For the list only: visited hosts go through hostFromUrl.
 * `new URL()` does the IDN and case work exactly as the browser does.
 * @example normaliseHost('WWW.LeakBase.LA.') // { ok: true, host: 'www.leakbase.la' }
 */
export function normaliseHost(input: string): HostResult {
  if (input.length === 0) return { ok: false, reason: 'empty host' };
  if (input.length > MAX_HOST_LENGTH + 1) return { ok: false, reason: 'host is longer than 253 characters' };
  if (/[/\\?#@:\s]/.test(input)) return { ok: false, reason: 'not a bare host name' };
  let hostname: string;
  try {
    hostname = new URL(`http://${input}/`).hostname;
  } catch {
    return { ok: false, reason: 'not a valid host name' };
  }
  const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  if (host.length === 0) return { ok: false, reason: 'empty host' };
  if (host.length > MAX_HOST_LENGTH) return { ok: false, reason: 'host is longer than 253 characters' };
  if (host.startsWith('[')) return { ok: false, reason: 'an IP address, not a host name' };
  const labels = host.split('.');
  if (!labels.every((label) => LABEL.test(label))) return { ok: false, reason: 'not a valid host name' };
  // The URL parser turns all-numeric hosts into IPv4 addresses; a numeric last label means an IP, never a name.
  if (isDigits(labels[labels.length - 1])) return { ok: false, reason: 'an IP address, not a host name' };
  return { ok: true, host };
}

/**
 * What a visited URL means for matching. The URL parser (the browser's own, or Node's, which implements
 * the URL standard) decides the host; nothing here rejects a host for its characters, because browsers
 * load hosts that DNS rules forbid (`a_b.leakbase.bz`, `x-.leakbase.bz`, empty labels) and those must
 * still be matched by their labels.
 */
export type UrlHost =
  /** A web page on a host name: look `host` up. `webUrl` is the http(s) URL it stands for. */
  | { ok: true; host: string; webUrl: string }
  /** A URL, but none whose host the list could name. `host` is set for web pages on an IP address or localhost. */
  | { ok: false; isUrl: true; reason: string; host?: string }
  /** Not a URL, or longer than any browser loads. */
  | { ok: false; isUrl: false; reason: string };

/**
 * Schemes that wrap another URL and show what that URL's site sent or made, so they get its verdict:
 * `view-source:` fetches the inner URL from its server and shows the source (the visit happens);
 * `blob:` and `filesystem:` (Chromium only) hold content made by a page of the inner origin, which the
 * URL standard names as their origin. Every other scheme that is not http or https is no web page.
 */
const WRAPPERS: Record<string, 'page' | 'origin'> = {
  'view-source:': 'page',
  'blob:': 'origin',
  'filesystem:': 'origin',
};

/**
 * The host of a visited URL, or why there is none to look up. One function for the background, the
 * warning page and the checker, so they always agree.
 * @example hostFromUrl('https://user@Forum.LeakBase.la:8443/x') // { ok: true, host: 'forum.leakbase.la', webUrl: 'https://user@Forum.LeakBase.la:8443/x' }
 * @example hostFromUrl('http://a_b.leakbase.bz./') // { ok: true, host: 'a_b.leakbase.bz', webUrl: 'http://a_b.leakbase.bz./' }
 * @example hostFromUrl('http://127.0.0.1/') // { ok: false, isUrl: true, host: '127.0.0.1', reason: 'an IP address: the list holds names only' }
 */
export function hostFromUrl(url: string): UrlHost {
  return readUrl(url, true);
}

function readUrl(url: string, unwrap: boolean): UrlHost {
  if (url.length > MAX_URL_LENGTH) return { ok: false, isUrl: false, reason: 'longer than any browser loads (2 MiB)' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, isUrl: false, reason: 'not a URL' };
  }
  const scheme = parsed.protocol;
  if (scheme === 'http:' || scheme === 'https:') return webHost(parsed.hostname, url);
  const wrapper = WRAPPERS[scheme];
  // One wrapper at most: browsers refuse view-source:view-source: and the like.
  if (wrapper && unwrap) {
    const inner = readUrl(parsed.href.slice(scheme.length), false);
    if (inner.ok) return wrapper === 'page' ? inner : { ...inner, webUrl: `${new URL(inner.webUrl).origin}/` };
    if (inner.isUrl && inner.host !== undefined) return inner;
  }
  return { ok: false, isUrl: true, reason: `not a web page (${scheme})` };
}

function webHost(hostname: string, webUrl: string): UrlHost {
  const host = normaliseVisitedHost(hostname);
  if (host === '') return { ok: false, isUrl: true, reason: 'no host name' };
  if (host.startsWith('[')) return { ok: false, isUrl: true, host, reason: 'an IP address: the list holds names only' };
  // The URL parser reads a host whose last label is a number as an IPv4 address (and writes it as one).
  if (isDigits(host.slice(host.lastIndexOf('.') + 1)))
    return { ok: false, isUrl: true, host, reason: 'an IP address: the list holds names only' };
  // Browsers send localhost and every *.localhost name to this computer, never to DNS (RFC 6761).
  if (host === 'localhost' || host.endsWith('.localhost'))
    return { ok: false, isUrl: true, host, reason: 'localhost: this computer, never on the list' };
  return { ok: true, host, webUrl };
}

/**
 * A parsed host name as the matcher and the stored exceptions keep it: the parser's own form (it has
 * lower-cased and converted IDN already) without trailing dots, which browsers load as the same site.
 * A loop, not a regex: `/\.+$/` backtracks quadratically on a long run of dots followed by a letter.
 * @example normaliseVisitedHost('leakbase.bz..') // 'leakbase.bz'
 */
export function normaliseVisitedHost(hostname: string): string {
  let end = hostname.length;
  while (end > 0 && hostname.charCodeAt(end - 1) === 0x2e) end--;
  return hostname.slice(0, end);
}

/**
 * A bare host name as the browser would read it in `http://NAME/`: for the checker's bare-host input and
 * for stored exceptions, which hold hosts that hostFromUrl produced.
 * @example readHostName('A_B.LeakBase.bz.') // { ok: true, host: 'a_b.leakbase.bz' }
 */
export function readHostName(input: string): HostResult {
  if (input.length === 0) return { ok: false, reason: 'empty host' };
  if (/[/\\?#@:]/.test(input)) return { ok: false, reason: 'not a bare host name' };
  const read = hostFromUrl(`http://${input}/`);
  if (read.ok) return { ok: true, host: read.host };
  return { ok: false, reason: read.reason };
}

/**
 * The host itself and each parent domain, most specific first, stopping before the bare top-level label.
 * @example candidateDomains('a.b.leakbase.la') // ['a.b.leakbase.la', 'b.leakbase.la', 'leakbase.la']
 */
export function candidateDomains(host: string): string[] {
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
