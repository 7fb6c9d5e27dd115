// declarativeNetRequest rules that show the warning page instead of a listed site, before any request
// reaches it, and that let through the hosts the user chose to visit anyway. Pure: the caller applies them.
import type { DomainIndexEntry } from './dataset-types.ts';
import { presentation, type WarningLevel } from './warning-level.ts';

/** The subset of a DNR rule this extension uses (same shape in Chrome and Firefox). */
export interface DnrRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'allow' };
  condition: { regexFilter: string; requestDomains: string[]; resourceTypes: ['main_frame'] };
}

export const REDIRECT_RULE_ID = 1;
export const FIRST_ALLOW_RULE_ID = 1000;

/**
 * One redirect rule for every domain that gets a full-page warning. `\0` hands the whole original URL
 * (path, query, fragment) to the warning page in its hash. The substitution must be an absolute URL:
 * Firefox's extension origin differs per install, so the caller passes runtime.getURL's answer.
 * @param alwaysPage listed domains the user asked a full page for, whatever the level
 */
export function redirectRules(domains: Record<string, DomainIndexEntry>, level: WarningLevel, warningPageUrl: string, alwaysPage: readonly string[] = []): DnrRule[] {
  const always = new Set(alwaysPage);
  const blocked = Object.entries(domains).filter(([d, e]) => presentation(e, level, always.has(d)) === 'page').map(([d]) => d).sort();
  if (blocked.length === 0) return [];
  return [{
    id: REDIRECT_RULE_ID,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution: `${warningPageUrl}#\\0` } },
    condition: { regexFilter: '^.+$', requestDomains: blocked, resourceTypes: ['main_frame'] },
  }];
}

/**
 * Allow rules for exact hosts (not their subdomains), above the redirect. Visited hosts may hold regex
 * characters (`a$b.raidforums.com` and `a(b).raidforums.com` load in browsers), so every one is escaped;
 * userinfo and trailing dots, which do not change the site, are let through too.
 */
export function allowRules(hosts: readonly string[]): DnrRule[] {
  return [...new Set(hosts)].sort().map((host, i) => ({
    id: FIRST_ALLOW_RULE_ID + i,
    priority: 2,
    action: { type: 'allow' },
    condition: {
      regexFilter: `^https?://([^/?#@]*@)?${host.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}\\.*(:[0-9]+)?[/?#]`,
      requestDomains: [host],
      resourceTypes: ['main_frame'],
    },
  }));
}
