// Modules that vite.config.ts makes at build time.
declare module 'virtual:operation-loaders' {
  import type { Operation } from '../core/dataset-types.ts';

  /** One loader per operation file (src/generated/operations/<id>.json), keyed by operation id. */
  const loaders: Record<string, () => Promise<Operation>>;
  export default loaders;
}
