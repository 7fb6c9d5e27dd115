// Which listed domains an export holds: the filters every format honours (--min-confidence, --historical) and
// the rule that a domain the platform no longer holds (lapsed, re-registered) is not blocked by default.
import { currentStatus } from '../core/domain-status.ts';
import {
  CONFIDENCES,
  type CompiledDataset,
  type Confidence,
  type DomainStatus,
  type Localized,
  type Operation,
  type StatusStep,
} from '../core/dataset-types.ts';

/**
 * "Historical" domains are those whose current status says the platform once used them but they are not an
 * active seizure or takedown now: 'used' (named as the platform's address, never confirmed seized), 'lapsed'
 * (registration ran out) and 're-registered' (someone else may own it now). Not historical: 'seized' and
 * 'offline' (the takedown itself) and 'suspected-relaunch' (a live risk, not a thing of the past).
 */
export const HISTORICAL_STATUSES: readonly DomainStatus[] = ['used', 'lapsed', 're-registered'];

/**
 * "Released" domains are out of the platform's hands: the registration lapsed, or someone (maybe unrelated)
 * registered the name again. Blocking them could block an innocent owner, so no format blocks them unless
 * the user asks (`--released include`); the intelligence formats still carry them, marked as not actionable.
 */
export const RELEASED_STATUSES: readonly DomainStatus[] = ['lapsed', 're-registered'];

export interface ExportOptions {
  /** Keep domains with this confidence or higher. */
  minConfidence: Confidence;
  /** False drops the historical domains (see HISTORICAL_STATUSES). */
  includeHistorical: boolean;
  /** True blocks released domains too (see RELEASED_STATUSES); false (the default) leaves them unblocked. */
  includeReleased: boolean;
}

/** Every confidence and the history, but no blocking of domains the platform no longer holds. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  minConfidence: 'low',
  includeHistorical: true,
  includeReleased: false,
};

/** One listed domain with what the exports carry about it. */
export interface ExportEntry {
  domain: string;
  operation: string;
  platform: Localized;
  status: DomainStatus;
  confidence: Confidence;
  lastChecked: string;
  reviewBy: string;
  history: StatusStep[];
}

export function isHistorical(status: DomainStatus): boolean {
  return HISTORICAL_STATUSES.includes(status);
}

export function isReleased(status: DomainStatus): boolean {
  return RELEASED_STATUSES.includes(status);
}

/** Whether a selected entry may be blocked (or marked actionable) under these options. */
export function isBlocked(entry: Pick<ExportEntry, 'status'>, options: ExportOptions): boolean {
  return options.includeReleased || !isReleased(entry.status);
}

const byName = (a: { domain: string }, b: { domain: string }) =>
  a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0;

function passes(entry: { confidence: Confidence; status: DomainStatus }, options: ExportOptions): boolean {
  // CONFIDENCES runs high → low, so a lower index is a higher confidence.
  if (CONFIDENCES.indexOf(entry.confidence) > CONFIDENCES.indexOf(options.minConfidence)) return false;
  return options.includeHistorical || !isHistorical(entry.status);
}

/**
 * The domains an export describes (confidence and history filters), sorted by name in code-unit order, so
 * the output never depends on a locale. Released domains are in it; blocking formats use blockedDomains.
 * @example selectDomains(dataset, { minConfidence: 'high', includeHistorical: false, includeReleased: false }).map((e) => e.domain) // ['leakbase.la', …]
 */
export function selectDomains(
  dataset: CompiledDataset,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): ExportEntry[] {
  const entries: ExportEntry[] = [];
  for (const operation of dataset.operations) {
    for (const entry of operation.domains) {
      const status = currentStatus(entry);
      if (!passes({ confidence: entry.confidence, status }, options)) continue;
      entries.push({
        domain: entry.domain,
        operation: operation.id,
        platform: operation.platform,
        status,
        confidence: entry.confidence,
        lastChecked: entry.lastChecked,
        reviewBy: entry.reviewBy,
        history: entry.history,
      });
    }
  }
  return entries.sort(byName);
}

/**
 * The domains a blocking format blocks: selectDomains without the released ones, unless asked for.
 * @example blockedDomains(dataset).every((e) => e.status !== 're-registered') // true
 */
export function blockedDomains(
  dataset: CompiledDataset,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): ExportEntry[] {
  return selectDomains(dataset, options).filter((e) => isBlocked(e, options));
}

/**
 * The operations with at least one selected domain, in id order, each with only its selected domains.
 * @example selectOperations(dataset, options).map((o) => o.id) // ['anyproxy-5socks', …]
 */
export function selectOperations(
  dataset: CompiledDataset,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): Operation[] {
  const keep = new Set(selectDomains(dataset, options).map((e) => `${e.operation} ${e.domain}`));
  return [...dataset.operations]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((op) => ({ ...op, domains: op.domains.filter((d) => keep.has(`${op.id} ${d.domain}`)).sort(byName) }))
    .filter((op) => op.domains.length > 0);
}

/** The options as the command line spells them, so a header says how to make the same list again. */
export function describeOptions(options: ExportOptions): string {
  return `--min-confidence ${options.minConfidence} --historical ${options.includeHistorical ? 'include' : 'exclude'} --released ${options.includeReleased ? 'include' : 'exclude'}`;
}
