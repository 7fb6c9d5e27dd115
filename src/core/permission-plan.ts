// Which listed sites the extension may act on, and what to ask the user. Listed domains are optional host
// permissions, so a list update that adds domains never switches the extension off: it keeps warning about the
// domains it has, and asks once, in plain words, for the new ones. Pure: the caller reads the browser's grants.

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
export function planPermissions(listed: readonly string[], granted: readonly string[], declined: readonly string[]): PermissionPlan {
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
