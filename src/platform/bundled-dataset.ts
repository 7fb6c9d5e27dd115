// The compiled dataset, bundled into every entry point at build time (src/generated is written by npm run dataset).
import compiled from '../generated/dataset.json';
import type { CompiledDataset, DomainEntry, Operation } from '../core/dataset-types.ts';
import type { Match } from '../core/matcher.ts';
import { createMatcher } from '../core/matcher.ts';

export const dataset = compiled as unknown as CompiledDataset;
export const matcher = createMatcher(dataset.domains);

const operationsById = new Map(dataset.operations.map((o) => [o.id, o]));
export function operationById(id: string): Operation | undefined {
  return operationsById.get(id);
}

/** The operation a match belongs to and that operation's entry for the matched domain, or null. */
export function listingFor(match: Match): { op: Operation; entry: DomainEntry } | null {
  const op = operationsById.get(match.operation);
  const entry = op?.domains.find((d) => d.domain === match.domain);
  return op && entry ? { op, entry } : null;
}

export const domainCount = Object.keys(dataset.domains).length;
