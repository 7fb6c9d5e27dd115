// What each release listed (src/data/releases/<version>.json, written by npm run release), and what changed
// between two releases: the changelog, the catalogue's "new in this list" and the popup's "the list changed"
// all come from these snapshots. Pure.
import type { ListChanges } from '../core/bundle-layout.ts';
import type { CompiledDataset, DomainIndexEntry } from '../core/dataset-types.ts';

export interface ReleaseSnapshot {
  version: string;
  /** The list date. */
  date: string;
  domains: Record<string, DomainIndexEntry>;
  operations: string[];
}

export function snapshotOf(dataset: CompiledDataset, version: string): ReleaseSnapshot {
  return {
    version,
    date: dataset.date,
    domains: dataset.domains,
    operations: dataset.operations.map((o) => o.id).sort(),
  };
}

/** Compares release versions (YYYY.M.D[.N]) numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The latest snapshot older than `version`, if any. */
export function previousSnapshot(snapshots: readonly ReleaseSnapshot[], version: string): ReleaseSnapshot | undefined {
  return [...snapshots]
    .filter((s) => compareVersions(s.version, version) < 0)
    .sort((a, b) => compareVersions(b.version, a.version))[0];
}

/**
 * @example diffSnapshots(before, after).added // ['new.example']
 */
export function diffSnapshots(before: ReleaseSnapshot, after: ReleaseSnapshot): ListChanges {
  const sorted = (xs: string[]) => xs.sort();
  const was = before.domains;
  const now = after.domains;
  return {
    since: before.version,
    added: sorted(Object.keys(now).filter((d) => !(d in was))),
    removed: sorted(Object.keys(was).filter((d) => !(d in now))),
    changed: sorted(
      Object.keys(now).filter(
        (d) => d in was && (was[d].status !== now[d].status || was[d].confidence !== now[d].confidence),
      ),
    ),
    addedOperations: sorted(after.operations.filter((o) => !before.operations.includes(o))),
    removedOperations: sorted(before.operations.filter((o) => !after.operations.includes(o))),
  };
}
