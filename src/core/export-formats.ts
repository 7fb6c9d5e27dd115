// The list in formats other tools already read: plain domains, a hosts file, uBlock Origin / AdGuard filters,
// a Chrome declarativeNetRequest ruleset, and JSON with the evidence. Pure: the CLI passes the compiled dataset in.
import { currentStatus } from './domain-status.ts';
import { CONFIDENCES, type CompiledDataset, type Confidence, type DomainStatus, type Localized, type StatusStep } from './dataset-types.ts';

export const EXPORT_FORMATS = ['domains', 'hosts', 'ubo', 'dnr', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * "Historical" domains are those whose current status says the platform once used them but they are not an
 * active seizure or takedown now: 'used' (named as the platform's address, never confirmed seized), 'lapsed'
 * (registration ran out) and 're-registered' (someone else may own it now). Not historical: 'seized' and
 * 'offline' (the takedown itself) and 'suspected-relaunch' (a live risk, not a thing of the past).
 */
export const HISTORICAL_STATUSES: readonly DomainStatus[] = ['used', 'lapsed', 're-registered'];

export interface ExportOptions {
  /** Keep domains with this confidence or higher. */
  minConfidence: Confidence;
  /** False drops the historical domains (see HISTORICAL_STATUSES). */
  includeHistorical: boolean;
}

/** Everything, as in the dataset: nothing is dropped unless the user asks. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { minConfidence: 'low', includeHistorical: true };

/** One listed domain with what the JSON export carries about it. */
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

/** One rule of a Chrome declarativeNetRequest static ruleset (the extension's own redirect rules are in blocking-rules.ts). */
export interface DnrBlockRule {
  id: number;
  priority: number;
  action: { type: 'block' };
  condition: { requestDomains: string[]; resourceTypes: ['main_frame'] };
}

export function isHistorical(status: DomainStatus): boolean {
  return HISTORICAL_STATUSES.includes(status);
}

/**
 * The domains an export holds, sorted by name (code-unit order, so the output never depends on a locale).
 * @example selectDomains(dataset, { minConfidence: 'high', includeHistorical: false }).map((e) => e.domain) // ['leakbase.la', …]
 */
export function selectDomains(dataset: CompiledDataset, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): ExportEntry[] {
  // CONFIDENCES runs high → low, so a lower index is a higher confidence.
  const limit = CONFIDENCES.indexOf(options.minConfidence);
  const entries: ExportEntry[] = [];
  for (const operation of dataset.operations) {
    for (const entry of operation.domains) {
      const status = currentStatus(entry);
      if (CONFIDENCES.indexOf(entry.confidence) > limit) continue;
      if (!options.includeHistorical && isHistorical(status)) continue;
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
  return entries.sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
}

/** The options as the command line spells them, so a header says how to make the same list again. */
export function describeOptions(options: ExportOptions): string {
  return `--min-confidence ${options.minConfidence} --historical ${options.includeHistorical ? 'include' : 'exclude'}`;
}

function header(mark: '#' | '!', dataset: CompiledDataset, options: ExportOptions, count: number, extra: string[] = []): string[] {
  return [
    'Title: Takedown Alert',
    'Domains of criminal platforms that police or prosecutors seized or took down, with their relaunches and former addresses.',
    `Date: ${dataset.date}`,
    `Options: ${describeOptions(options)}`,
    `Domains: ${count}`,
    ...extra,
  ].map((line) => `${mark} ${line}`);
}

const lines = (all: string[]) => `${all.join('\n')}\n`;

/** @example formatDomains(dataset) // '# Title: Takedown Alert\n…\nleakbase.la\n…' */
export function formatDomains(dataset: CompiledDataset, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const entries = selectDomains(dataset, options);
  return lines([...header('#', dataset, options, entries.length), ...entries.map((e) => e.domain)]);
}

/** @example formatHosts(dataset) // '# Title: Takedown Alert\n…\n0.0.0.0 leakbase.la\n…' */
export function formatHosts(dataset: CompiledDataset, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const entries = selectDomains(dataset, options);
  // A hosts file has no wildcards: say so, since the extension and the other formats also cover subdomains.
  const note = ['Note: a hosts file blocks only the names listed here, not their subdomains.'];
  return lines([...header('#', dataset, options, entries.length, note), ...entries.map((e) => `0.0.0.0 ${e.domain}`)]);
}

/** uBlock Origin and AdGuard read "!" as a comment; "||name^" blocks the domain and its subdomains. */
export function formatUbo(dataset: CompiledDataset, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const entries = selectDomains(dataset, options);
  return lines([...header('!', dataset, options, entries.length), ...entries.map((e) => `||${e.domain}^`)]);
}

/**
 * A static ruleset file (JSON has no comments, so no header): one block rule per domain, for top-level pages only,
 * ids from 1 in domain order. requestDomains also matches subdomains.
 * @example formatDnr(dataset) // '[\n  {\n    "id": 1,\n    "priority": 1,\n    "action": { "type": "block" }, …'
 */
export function formatDnr(dataset: CompiledDataset, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const rules: DnrBlockRule[] = selectDomains(dataset, options).map((e, i) => ({
    id: i + 1,
    priority: 1,
    action: { type: 'block' },
    condition: { requestDomains: [e.domain], resourceTypes: ['main_frame'] },
  }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}

/** @example JSON.parse(formatJson(dataset)).domains[0] // { domain, operation, platform, status, confidence, lastChecked, reviewBy, history } */
export function formatJson(dataset: CompiledDataset, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const domains = selectDomains(dataset, options);
  return `${JSON.stringify({ date: dataset.date, options, domains }, null, 2)}\n`;
}

const FORMATTERS: Record<ExportFormat, (dataset: CompiledDataset, options: ExportOptions) => string> = {
  domains: formatDomains,
  hosts: formatHosts,
  ubo: formatUbo,
  dnr: formatDnr,
  json: formatJson,
};

/** @example exportList(dataset, 'hosts', { minConfidence: 'high', includeHistorical: false }) */
export function exportList(dataset: CompiledDataset, format: ExportFormat, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  return FORMATTERS[format](dataset, options);
}
