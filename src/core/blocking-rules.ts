// declarativeNetRequest rules that stop a listed page before any request reaches it, and that let through the
// hosts the user chose to visit anyway. Pure: the caller applies them.
//
// Two ways to stop a page, because the browser allows the better one only with access to the site:
// - block: the browser shows its own error page. Needs no host access, so it protects from the moment of install,
//   also a user who never answered the question and a copy an administrator force-installed.
// - redirect to our warning page, with the whole original URL in its hash: needs host access to the listed site.
// Both browsers drop a redirect rule that lacks host access without falling back to a block rule of lower
// priority (measured in Chromium 156 and Firefox ESR 153: the page then loads), so each domain gets exactly one
// of the two, chosen by whether the extension has access to it.
import type { DomainIndexEntry } from './dataset-types.ts';
import { INSTALLED_LEVEL, presentation, type WarningLevel } from './warning-level.ts';

/** The subset of a DNR rule this extension uses (same shape in Chrome and Firefox). */
export interface DnrRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'block' } | { type: 'allow' };
  condition: { regexFilter?: string; requestDomains: string[]; resourceTypes: ['main_frame'] };
}

/** The ruleset in the manifest (`declarative_net_request.rule_resources`): on from install, before any code runs. */
export const INSTALLED_RULESET_ID = 'stop';
export const INSTALLED_RULESET_PATH = 'rules/stop.json';

export const REDIRECT_RULE_ID = 1;
export const BLOCK_RULE_ID = 2;
export const FIRST_ALLOW_RULE_ID = 1000;

/** An exception beats both ways of stopping; the warning page beats the browser's error page. */
const PRIORITY = { block: 1, redirect: 2, allow: 3 } as const;

export { INSTALLED_LEVEL };

/**
 * The listed domains shown as a full page at this level, sorted.
 * @param alwaysPage listed domains the user asked a full page for, whatever the level
 */
export function fullPageDomains(
  domains: Record<string, DomainIndexEntry>,
  level: WarningLevel,
  alwaysPage: readonly string[] = [],
): string[] {
  const always = new Set(alwaysPage);
  return Object.entries(domains)
    .filter(([d, e]) => presentation(e, level, always.has(d)) === 'page')
    .map(([d]) => d)
    .sort();
}

function blockRule(id: number, domains: readonly string[]): DnrRule[] {
  if (domains.length === 0) return [];
  return [
    {
      id,
      priority: PRIORITY.block,
      action: { type: 'block' },
      condition: { requestDomains: [...domains], resourceTypes: ['main_frame'] },
    },
  ];
}

/**
 * The installed ruleset: a block for every domain a new install shows as a full page. It is what protects
 * before the background has run (at install, after an update that lists new domains) and without any answer.
 */
export function installedRules(domains: Record<string, DomainIndexEntry>): DnrRule[] {
  return blockRule(1, fullPageDomains(domains, INSTALLED_LEVEL));
}

/**
 * The dynamic rules that stop the full-page domains: the warning page where the extension has access, the
 * browser's block elsewhere. `\0` hands the whole original URL (path, query, fragment) to the warning page in its
 * hash. The substitution must be an absolute URL: Firefox's extension origin differs per install, so the caller
 * passes runtime.getURL's answer (with the session's secret: src/platform/warning-secret.ts).
 * @param hasAccess whether the extension may act on a listed domain (src/core/permission-plan.ts, accessTo)
 * @example stopRules(['a.test', 'b.test'], (d) => d === 'a.test', page) // redirect a.test, block b.test
 */
export function stopRules(
  pageDomains: readonly string[],
  hasAccess: (domain: string) => boolean,
  redirectTarget: string,
): DnrRule[] {
  const warned = pageDomains.filter(hasAccess);
  const blocked = pageDomains.filter((d) => !hasAccess(d));
  const redirect: DnrRule[] =
    warned.length === 0
      ? []
      : [
          {
            id: REDIRECT_RULE_ID,
            priority: PRIORITY.redirect,
            action: { type: 'redirect', redirect: { regexSubstitution: `${redirectTarget}#\\0` } },
            condition: { regexFilter: '^.+$', requestDomains: warned, resourceTypes: ['main_frame'] },
          },
        ];
  return [...redirect, ...blockRule(BLOCK_RULE_ID, blocked)];
}

/**
 * Allow rules for exact hosts (not their subdomains), above both ways of stopping. Visited hosts may hold regex
 * characters (`a$b.raidforums.com` and `a(b).raidforums.com` load in browsers), so every one is escaped;
 * userinfo and trailing dots, which do not change the site, are let through too.
 */
export function allowRules(hosts: readonly string[]): DnrRule[] {
  return [...new Set(hosts)].sort().map((host, i) => ({
    id: FIRST_ALLOW_RULE_ID + i,
    priority: PRIORITY.allow,
    action: { type: 'allow' },
    condition: {
      regexFilter: `^https?://([^/?#@]*@)?${host.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}\\.*(:[0-9]+)?[/?#]`,
      requestDomains: [host],
      resourceTypes: ['main_frame'],
    },
  }));
}
