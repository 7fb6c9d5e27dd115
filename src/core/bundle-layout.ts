// How the compiled list is split for the extension, so that each part loads only what it shows: the
// background and the declarative rules need the domain index; a warning or the popup needs one operation;
// only the catalogue needs them all. Pure: the compile tool writes the parts, the pages import them.
import type { CompiledDataset, DomainIndexEntry, Localized, Operation } from './dataset-types.ts';
import type { ListChanges } from './release-snapshot.ts';

/** The small part every context loads: the domain index, with the platform names the toolbar title needs. */
export interface BundledIndex {
  schema: CompiledDataset['schema'];
  /** The list date (ISO). */
  date: string;
  /** Normalised domain → index entry. */
  domains: Record<string, DomainIndexEntry>;
  /** Operation id → platform name and what kind of platform it was, for titles and notices without loading the operation. */
  platforms: Record<string, { name: Localized; kind: Localized }>;
  /** Ids of every operation, in the catalogue's order (including operations listed without a domain). */
  operations: string[];
  /** This release's version (YYYY.M.D[.N]). */
  version: string;
  /** What changed since the previous release, when there was one. */
  changes: ListChanges | null;
}

export interface BundleParts {
  index: BundledIndex;
  /** Operation id → the whole operation, one file each. */
  operations: Record<string, Operation>;
}

/** @example splitDataset(dataset, '2026.11.30', null).index.domains['leakbase.la'] // { operation: 'leakbase', status: 'seized', confidence: 'medium' } */
export function splitDataset(dataset: CompiledDataset, version: string, changes: ListChanges | null): BundleParts {
  return {
    index: {
      version,
      changes,
      schema: dataset.schema,
      date: dataset.date,
      domains: dataset.domains,
      platforms: Object.fromEntries(dataset.operations.map((o) => [o.id, { name: o.platform, kind: o.kind }])),
      operations: dataset.operations.map((o) => o.id),
    },
    operations: Object.fromEntries(dataset.operations.map((o) => [o.id, o])),
  };
}
