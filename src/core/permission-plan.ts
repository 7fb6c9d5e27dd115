// Which listed sites the extension may act on, and what to ask the user. Listed domains are optional host
// permissions, so a list update that adds domains never switches the extension off. Without access the browser
// still stops the confirmed ones (src/core/blocking-rules.ts); access adds the warning page, the notices and the
// toolbar marks, and is asked once, in plain words. Pure: the caller reads the browser's grants.

export interface PermissionPlan {
  /** Listed patterns the browser has granted. */
  granted: string[];
  /** Listed patterns not granted. */
  missing: string[];
  /** Missing patterns the user has not answered yet: these get the toolbar mark and the one-click request. */
  toAsk: string[];
  /** Missing patterns the user declined: no mark, but the popup and options say which domains are not covered. */
  declined: string[];
}

/**
 * @param listed the listed-domain patterns of this version (optional_host_permissions)
 * @param granted the origins the browser reports as granted (permissions.getAll)
 * @param declined patterns the user was asked about and said no to
 * @example planPermissions(['*://*.a.test/*', '*://*.b.test/*'], ['*://*.a.test/*'], []) // { granted: [a], missing: [b], toAsk: [b], declined: [] }
 */
export function planPermissions(
  listed: readonly string[],
  granted: readonly string[],
  declined: readonly string[],
): PermissionPlan {
  const has = new Set(granted);
  const no = new Set(declined);
  const missing = listed.filter((p) => !has.has(p));
  return {
    granted: listed.filter((p) => has.has(p)),
    missing,
    toAsk: missing.filter((p) => !no.has(p)),
    declined: missing.filter((p) => no.has(p)),
  };
}

/** The domain a host-permission pattern covers. @example patternDomain('*://*.leakbase.la/*') // 'leakbase.la' */
export function patternDomain(pattern: string): string {
  return pattern.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, '');
}

/**
 * How much the user has allowed: `full` (every listed site), `partial` (some: typically an update listed new
 * sites), `none` (never answered, declined, or taken away in the browser's settings).
 */
export type AccessState = 'full' | 'partial' | 'none';

export function accessState(plan: PermissionPlan): AccessState {
  if (plan.missing.length === 0) return 'full';
  return plan.granted.length === 0 ? 'none' : 'partial';
}

/**
 * Whether granted patterns give access to a listed domain: its own pattern, or the pattern of a listed parent
 * (`*://*.leakbase.la/*` covers `forum.leakbase.la`).
 * @example accessTo(['*://*.leakbase.la/*'])('forum.leakbase.la') // true
 */
export function accessTo(granted: readonly string[]): (domain: string) => boolean {
  const domains = new Set(granted.map(patternDomain));
  return (domain) => {
    for (let at = 0; at !== -1; at = domain.indexOf('.', at + 1)) {
      if (domains.has(at === 0 ? domain : domain.slice(at + 1))) return true;
    }
    return false;
  };
}
