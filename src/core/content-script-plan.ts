// Which granted listed sites the listed-page script is registered for. Only where it has something to do: a
// domain that gets a notice or only the badge, or one the user chose to visit anyway. Domains that get the
// full-page warning never load (the browser swaps them for the warning page, which marks its own tab), and the
// browser matches every navigation against the registered patterns: measured with 10,000 domains in Chromium 156,
// registering them all made every page load, listed or not, about 16 ms slower. Pure.
import type { DomainIndexEntry } from './dataset-types.ts';
import type { Matcher } from './matcher.ts';
import { patternDomain } from './permission-plan.ts';
import { presentation, type WarningLevel } from './warning-level.ts';

export interface ScriptPlanInput {
  /** Granted listed patterns (`*://*.domain/*`); a pattern covers the listed domains under it too. */
  granted: readonly string[];
  domains: Record<string, DomainIndexEntry>;
  matcher: Matcher;
  level: WarningLevel;
  /** Listed domains the user asked a full page for, whatever the level. */
  alwaysPage: readonly string[];
  /** Hosts the user lets through (for good or for this session), when the policy allows it. */
  allowedHosts: readonly string[];
}

/** @example contentScriptMatches({ granted: ['*://*.leakbase.la/*'], level: 'recommended', … }) // ['*://*.leakbase.la/*'] (a notice) */
export function contentScriptMatches(input: ScriptPlanInput): string[] {
  const always = new Set(input.alwaysPage);
  const needed = new Set<string>();
  for (const [domain, entry] of Object.entries(input.domains)) {
    if (presentation(entry, input.level, always.has(domain)) !== 'page') needed.add(domain);
  }
  for (const host of input.allowedHosts) {
    const match = input.matcher(host);
    if (match) needed.add(match.domain);
  }
  // A pattern is needed when its own domain, or a listed domain under it, is.
  const neededUnder = new Set<string>();
  for (const domain of needed) {
    const labels = domain.split('.');
    for (let i = 0; i < labels.length - 1; i++) neededUnder.add(labels.slice(i).join('.'));
  }
  return input.granted.filter((pattern) => neededUnder.has(patternDomain(pattern)));
}
