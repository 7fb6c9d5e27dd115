// Modules that vite.config.ts makes at build time.
declare module 'virtual:operation-loaders' {
  import type { Operation } from '../core/dataset-types.ts';

  /** One loader per operation file (src/generated/operations/<id>.json), keyed by operation id. */
  const loaders: Record<string, () => Promise<Operation>>;
  export default loaders;
}

declare module 'virtual:index-shards' {
  import type { IndexShard } from '../core/index-shards.ts';

  /** One loader per shard of the domain index (src/generated/shards/<n>.json), keyed by shard number. */
  const loaders: Record<string, () => Promise<IndexShard>>;
  export default loaders;
}
