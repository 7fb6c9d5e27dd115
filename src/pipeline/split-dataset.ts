// Splits the compiled list into the parts the extension loads (src/core/bundle-layout.ts): the domain index, its
// shards, the list's summary and one file per operation. Build time only.
import type { BundledIndex, ListChanges, ListMeta } from '../core/bundle-layout.ts';
import type { CompiledDataset, Operation } from '../core/dataset-types.ts';
import { shardIndex, type IndexShard, type ShardPlatform } from '../core/index-shards.ts';
import { certaintyOf } from './certainty.ts';

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
    index: {
      version,
      changes,
      schema: dataset.schema,
      date: dataset.date,
      domains: dataset.domains,
      platforms,
      operations,
    },
    shards: shardIndex(dataset.domains, shardPlatforms(dataset), certainties(dataset)),
    meta: { date: dataset.date, version, changes, operations, domainCount: Object.keys(dataset.domains).length },
    operations: Object.fromEntries(dataset.operations.map((o) => [o.id, o])),
  };
}

/** Each operation's name and kind, with who acted (the first agency) and when (the day it was made public). */
function shardPlatforms(dataset: CompiledDataset): Record<string, ShardPlatform> {
  return Object.fromEntries(
    dataset.operations.map((o) => [o.id, { name: o.platform, kind: o.kind, agency: o.agencies[0], date: o.dates.to }]),
  );
}

function certainties(dataset: CompiledDataset): Record<string, ReturnType<typeof certaintyOf>> {
  return Object.fromEntries(dataset.operations.flatMap((o) => o.domains.map((d) => [d.domain, certaintyOf(d)])));
}
