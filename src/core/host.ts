// Host normalising, shared by the dataset compiler (build time), the checker and the background (run time).
// Pure: no browser APIs, so it runs unchanged in Node, vitest and the service worker.

/** Longest host name DNS allows; anything longer cannot be a listed domain. */
const MAX_HOST_LENGTH = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export type HostResult = { ok: true; host: string } | { ok: false; reason: string };

/**
 * Canonical form of a host name: lower case, IDN as punycode, no trailing dot.
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
  return checkHostname(hostname);
}

/**
 * The host of a page URL, normalised, or why there is none to look at.
 * Only http and https pages are looked at; userinfo and port are dropped by the URL parser.
 * @example hostFromUrl('https://user@Forum.LeakBase.la:8443/x') // { ok: true, host: 'forum.leakbase.la' }
 */
export function hostFromUrl(url: string): HostResult {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: `not an http or https URL (${parsed.protocol})` };
  }
  return checkHostname(parsed.hostname);
}

function checkHostname(hostname: string): HostResult {
  const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  if (host.length === 0) return { ok: false, reason: 'empty host' };
  if (host.length > MAX_HOST_LENGTH) return { ok: false, reason: 'host is longer than 253 characters' };
  if (host.startsWith('[')) return { ok: false, reason: 'an IP address, not a host name' };
  const labels = host.split('.');
  if (!labels.every((label) => LABEL.test(label))) return { ok: false, reason: 'not a valid host name' };
  // The URL parser turns all-numeric hosts into IPv4 addresses; a numeric last label means an IP, never a name.
  if (/^[0-9]+$/.test(labels[labels.length - 1])) return { ok: false, reason: 'an IP address, not a host name' };
  return { ok: true, host };
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
