// What every exported list says about itself: its version (from the list date), the RPZ serial that follows
// it, the licence, the homepage and how often a subscriber should look for a new copy.

/** The data's licence, as the list headers, STIX and MISP state it. */
export const LIST_LICENCE = 'CC BY 4.0';
/**
 * Where a subscriber reads about the list. package.json has no `homepage` yet, so this is the README's
 * section for administrators; change it here (one constant) once the project has a public address.
 */
export const LIST_HOMEPAGE = 'README.md#lists-for-administrators';
/** How often blocklist tools should look for a new copy (AdGuard/uBlock "! Expires", in their own syntax). */
export const LIST_EXPIRES = '1 day';

const VERSION = /^(\d{4})\.([1-9]|1[0-2])\.([1-9]|[12]\d|3[01])(?:\.(\d{1,2}))?$/;

/**
 * The default version for a list date: the date with dots and without leading zeros (`YYYY.M.D`).
 * @example versionFromDate('2026-03-04') // '2026.3.4'
 */
export function versionFromDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`list date must be YYYY-MM-DD, not "${date}"`);
  return `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
}

/** Why a version string is not `YYYY.M.D` or `YYYY.M.D.N` (N from 0 to 99), or null when it is. */
export function versionProblem(version: string): string | null {
  return VERSION.test(version) ? null : `list version must be YYYY.M.D or YYYY.M.D.N (N 0 to 99), not "${version}"`;
}

/**
 * The RPZ zone's SOA serial for a list version: YYYYMMDDNN (NN = N, or 00), so it grows with every release
 * and fits the 32-bit serial (RFC 1982) until the year 4294.
 * @example rpzSerial('2026.11.25') // 2026112500
 * @example rpzSerial('2026.11.25.3') // 2026112503
 */
export function rpzSerial(version: string): number {
  const m = VERSION.exec(version);
  if (!m) throw new Error(versionProblem(version)!);
  const [, y, mo, d, n] = m;
  return Number(`${y}${mo.padStart(2, '0')}${d.padStart(2, '0')}${(n ?? '0').padStart(2, '0')}`);
}

/** A code-only fix of one list's release (src/data/release.json): it gets a fourth number. */
export interface ReleaseRevision {
  /** The list version the revision belongs to; a newer list starts again without a fourth number. */
  revisionOf: string;
  revision: number;
}

/**
 * The version of a release: its list's version, plus the revision when the revision belongs to this list.
 * @example releaseVersion('2026-11-30', { revisionOf: '2026.11.30', revision: 2 }) // '2026.11.30.2'
 * @example releaseVersion('2026-12-03', { revisionOf: '2026.11.30', revision: 2 }) // '2026.12.3'
 */
export function releaseVersion(listDate: string, revision?: ReleaseRevision): string {
  const version = versionFromDate(listDate);
  if (!revision || revision.revisionOf !== version || revision.revision === 0) return version;
  if (!Number.isInteger(revision.revision) || revision.revision < 0 || revision.revision > 99)
    throw new Error(`release revision must be 0 to 99, not ${revision.revision}`);
  return `${version}.${revision.revision}`;
}
