// Where a listed domain stands now: the last step of its dated, sourced history.
import type { DomainEntry, DomainStatus, StatusStep } from './dataset-types.ts';

/** The latest step of a domain's history (the validator guarantees at least one). */
export function currentStep(entry: DomainEntry): StatusStep {
  return entry.history[entry.history.length - 1];
}

export function currentStatus(entry: DomainEntry): DomainStatus {
  return currentStep(entry).status;
}
