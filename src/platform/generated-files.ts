// The list's files that pages load one at a time, by name: a shard of the domain index (data/shards/<n>.json) or
// one operation (data/operations/<id>.json), shipped under fixed names by vite.config.ts. Reading by name keeps
// this code the same whatever the size of the list (a map with one import per file grew with it). The pages'
// content security policy lets them read the extension's own files and connect to nothing else.
import type { Operation } from '../core/dataset-types.ts';
import type { IndexShard } from '../core/index-shards.ts';

/** The names the compiler writes: operation ids and shard numbers. Nothing else can be asked for. */
const NAME = /^[a-z0-9][a-z0-9-]*$/;

async function readGenerated<T>(folder: 'shards' | 'operations', name: string): Promise<T> {
  if (!NAME.test(name)) throw new Error(`no ${folder} file named ${JSON.stringify(name)}`);
  // oxlint-disable-next-line no-restricted-globals -- the package's own file, by a checked name; connect-src 'self' allows nothing else
  const response = await fetch(`/data/${folder}/${name}.json`);
  if (!response.ok) throw new Error(`data/${folder}/${name}.json: ${response.status}`);
  return (await response.json()) as T;
}

export const loadShardFile = (shard: number): Promise<IndexShard> => readGenerated('shards', String(shard));
export const loadOperationFile = (id: string): Promise<Operation> => readGenerated('operations', id);
