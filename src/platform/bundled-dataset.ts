// The compiled dataset, bundled into every entry point at build time (src/generated is written by npm run dataset).
import compiled from '../generated/dataset.json';
import type { CompiledDataset, Operation } from '../core/dataset-types.ts';
import { createMatcher } from '../core/matcher.ts';

export const dataset = compiled as CompiledDataset;
export const matcher = createMatcher(dataset.domains);

const operationsById = new Map(dataset.operations.map((o) => [o.id, o]));
export function operationById(id: string): Operation | undefined {
  return operationsById.get(id);
}

export const domainCount = Object.keys(dataset.domains).length;
