// Host permissions for the listed domains, derived from the compiled dataset at build time.
// One pattern per listed domain covers the domain and every subdomain; a domain already covered
// by a listed parent gets no pattern of its own.
import { candidateDomains } from '../core/host.ts';

/** @example hostPermissionPatterns(['leakbase.la', 'forum.leakbase.la']) // ['*://*.leakbase.la/*'] */
export function hostPermissionPatterns(domains: string[]): string[] {
  const listed = new Set(domains);
  return domains
    .filter(
      (d) =>
        !candidateDomains(d)
          .slice(1)
          .some((parent) => listed.has(parent)),
    )
    .sort()
    .map((d) => `*://*.${d}/*`);
}
