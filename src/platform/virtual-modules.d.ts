// Modules that vite.config.ts makes at build time: each loads one generated file by name (data/<folder>/<name>.js).
declare module 'virtual:operation-loaders' {
  import type { Operation } from '../core/dataset-types.ts';

  /** Loads one operation's file (from src/generated/operations/<id>.json) by operation id. */
  const load: (id: string) => Promise<Operation>;
  export default load;
}

declare module 'virtual:index-shards' {
  import type { IndexShard } from '../core/index-shards.ts';

  /** Loads one shard of the domain index (from src/generated/shards/<n>.json) by shard number. */
  const load: (shard: string) => Promise<IndexShard>;
  export default load;
}
