// How the compiled list is split for the extension, so that each part loads only what it shows: the
// background and the declarative rules need the domain index; a warning or the popup needs one operation;
// only the catalogue needs them all. Pure: the compile tool writes the parts, the pages import them.
import type { CompiledDataset, DomainIndexEntry, Localized, Operation } from './dataset-types.ts';
import { shardIndex, type IndexShard } from './index-shards.ts';
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

/** What the popup and the warning page show about the list itself, without its domains. */
export interface ListMeta {
  date: string;
  version: string;
  changes: ListChanges | null;
  operations: string[];
  domainCount: number;
}

export interface BundleParts {
  index: BundledIndex;
  /** The domain index in shards (src/core/index-shards.ts), for the popup and the warning page. */
  shards: IndexShard[];
  meta: ListMeta;
  /** Operation id → the whole operation, one file each. */
  operations: Record<string, Operation>;
}

/** @example splitDataset(dataset, '2026.11.30', null).index.domains['leakbase.la'] // { operation: 'leakbase', status: 'seized', confidence: 'medium' } */
export function splitDataset(dataset: CompiledDataset, version: string, changes: ListChanges | null): BundleParts {
  const platforms = Object.fromEntries(dataset.operations.map((o) => [o.id, { name: o.platform, kind: o.kind }]));
  const operations = dataset.operations.map((o) => o.id);
  return {
    index: { version, changes, schema: dataset.schema, date: dataset.date, domains: dataset.domains, platforms, operations },
    shards: shardIndex(dataset.domains, platforms),
    meta: { date: dataset.date, version, changes, operations, domainCount: Object.keys(dataset.domains).length },
    operations: Object.fromEntries(dataset.operations.map((o) => [o.id, o])),
  };
}
