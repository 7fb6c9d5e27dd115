// One operation's full text (src/generated/operations/<id>.json), loaded only by the page that shows it: each
// file ships on its own under a fixed name, so showing one warning costs the same whatever the size of the list.
import type { DomainEntry, Operation } from '../core/dataset-types.ts';
import type { Match } from '../core/matcher.ts';
import { loadOperationFile } from './generated-files.ts';
import { listMeta } from './list-meta.ts';

export async function loadOperation(id: string): Promise<Operation | undefined> {
  return listMeta.operations.includes(id) ? loadOperationFile(id) : undefined;
}

/** Every operation, in the list's order: only the catalogue needs them all. */
export async function loadAllOperations(): Promise<Operation[]> {
  const all = await Promise.all(listMeta.operations.map((id) => loadOperation(id)));
  return all.filter((o): o is Operation => o !== undefined);
}

/** The operation a match belongs to and that operation's entry for the matched domain, or null. */
export async function listingFor(match: Match): Promise<{ op: Operation; entry: DomainEntry } | null> {
  const op = await loadOperation(match.operation);
  const entry = op?.domains.find((d) => d.domain === match.domain);
  return op && entry ? { op, entry } : null;
}
