// The list in formats other tools already read: plain domains, a hosts file, adblock-style filters (uBlock
// Origin, AdGuard Home, Pi-hole), a Chrome declarativeNetRequest ruleset, JSON with the evidence, a DNS
// response policy zone, a STIX 2.1 bundle and a MISP feed. Pure: the CLI passes the compiled dataset in.
import type { CompiledDataset } from '../core/dataset-types.ts';
import { formatMisp, type ExportFile } from './export-misp.ts';
import { DEFAULT_RPZ_POLICY, formatRpz, type RpzPolicy } from './export-rpz.ts';
import {
  blockedDomains,
  DEFAULT_EXPORT_OPTIONS,
  describeOptions,
  selectDomains,
  type ExportOptions,
} from './export-selection.ts';
import { formatStix } from './export-stix.ts';
import {
  LIST_EXPIRES,
  LIST_HOMEPAGE,
  LIST_LICENCE,
  versionFromDate,
  versionProblem,
} from '../pipeline/list-version.ts';

export {
  blockedDomains,
  DEFAULT_EXPORT_OPTIONS,
  describeOptions,
  HISTORICAL_STATUSES,
  isBlocked,
  isHistorical,
  isReleased,
  RELEASED_STATUSES,
  selectDomains,
  selectOperations,
  type ExportEntry,
  type ExportOptions,
} from './export-selection.ts';
export type { ExportFile } from './export-misp.ts';

export const EXPORT_FORMATS = ['domains', 'hosts', 'ubo', 'dnr', 'json', 'rpz', 'stix', 'misp'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats that are one file (the CLI can write them to standard output); misp is a folder of files. */
export const SINGLE_FILE_FORMATS = [
  'domains',
  'hosts',
  'ubo',
  'dnr',
  'json',
  'rpz',
  'stix',
] as const satisfies readonly ExportFormat[];
export type SingleFileFormat = (typeof SINGLE_FILE_FORMATS)[number];

/** What a list says about its release, apart from which domains it holds. */
export interface ListSettings {
  /** YYYY.M.D or YYYY.M.D.N; by default the list date (versionFromDate). */
  version?: string;
  /** What the RPZ answers for a listed name (NXDOMAIN by default). */
  rpz?: RpzPolicy;
}

/** One rule of a Chrome declarativeNetRequest static ruleset (the extension's own redirect rules are in blocking-rules.ts). */
export interface DnrBlockRule {
  id: number;
  priority: number;
  action: { type: 'block' };
  condition: { requestDomains: string[]; resourceTypes: ['main_frame'] };
}

/** The settings with their defaults filled in, or an error naming the bad field. */
function resolve(dataset: CompiledDataset, settings: ListSettings): { version: string; rpz: RpzPolicy } {
  const version = settings.version ?? versionFromDate(dataset.date);
  const problem = versionProblem(version);
  if (problem) throw new Error(problem);
  return { version, rpz: settings.rpz ?? DEFAULT_RPZ_POLICY };
}

/**
 * The comment header of the line-based lists, with the keys AdGuard Home, uBlock Origin and Pi-hole read
 * (Title, Version, Homepage, License, Expires; AdGuard shows them in its filter list) and ours.
 */
function header(
  mark: '#' | '!',
  dataset: CompiledDataset,
  options: ExportOptions,
  version: string,
  count: number,
  extra: string[] = [],
): string[] {
  return [
    'Title: Takedown Alert',
    'Description: Domains of criminal platforms that police or prosecutors seized or took down, with their relaunches and former addresses.',
    `Version: ${version}`,
    `Homepage: ${LIST_HOMEPAGE}`,
    `License: ${LIST_LICENCE}`,
    `Expires: ${LIST_EXPIRES}`,
    `Date: ${dataset.date}`,
    `Options: ${describeOptions(options)}`,
    `Domains: ${count}`,
    ...extra,
  ].map((line) => `${mark} ${line}`);
}

/** A text list of the blocked domains: the header in the format's comment mark, then one line per domain. */
function blockList(
  mark: '#' | '!',
  toLine: (domain: string) => string,
  dataset: CompiledDataset,
  options: ExportOptions,
  settings: ListSettings,
  extra: string[] = [],
): string {
  const entries = blockedDomains(dataset, options);
  const head = header(mark, dataset, options, resolve(dataset, settings).version, entries.length, extra);
  return `${[...head, ...entries.map((e) => toLine(e.domain))].join('\n')}\n`;
}

/** @example formatDomains(dataset) // '# Title: Takedown Alert\n…\nleakbase.la\n…' */
export function formatDomains(
  dataset: CompiledDataset,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  settings: ListSettings = {},
): string {
  return blockList('#', (domain) => domain, dataset, options, settings);
}

/** @example formatHosts(dataset) // '# Title: Takedown Alert\n…\n0.0.0.0 leakbase.la\n…' */
export function formatHosts(
  dataset: CompiledDataset,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  settings: ListSettings = {},
): string {
  // A hosts file has no wildcards: say so, since the extension and the other formats also cover subdomains.
  const note = ['Note: a hosts file blocks only the names listed here, not their subdomains.'];
  return blockList('#', (domain) => `0.0.0.0 ${domain}`, dataset, options, settings, note);
}

/** uBlock Origin, AdGuard Home and Pi-hole read "!" as a comment; "||name^" blocks the domain and its subdomains. */
export function formatUbo(
  dataset: CompiledDataset,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  settings: ListSettings = {},
): string {
  return blockList('!', (domain) => `||${domain}^`, dataset, options, settings);
}

/**
 * A static ruleset file (JSON has no comments, so no header): one block rule per domain, for top-level pages only,
 * ids from 1 in domain order. requestDomains also matches subdomains.
 * @example formatDnr(dataset) // '[\n  {\n    "id": 1,\n    "priority": 1,\n    "action": { "type": "block" }, …'
 */
export function formatDnr(dataset: CompiledDataset, options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const rules: DnrBlockRule[] = blockedDomains(dataset, options).map((e, i) => ({
    id: i + 1,
    priority: 1,
    action: { type: 'block' },
    condition: { requestDomains: [e.domain], resourceTypes: ['main_frame'] },
  }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}

/**
 * Every selected domain with its evidence, released ones too (`blocked` says whether the blocking formats block it).
 * @example JSON.parse(formatJson(dataset)).domains[0] // { domain, operation, platform, status, confidence, lastChecked, reviewBy, history, blocked }
 */
export function formatJson(
  dataset: CompiledDataset,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  settings: ListSettings = {},
): string {
  const blocked = new Set(blockedDomains(dataset, options).map((e) => e.domain));
  const domains = selectDomains(dataset, options).map((e) => ({ ...e, blocked: blocked.has(e.domain) }));
  return `${JSON.stringify({ date: dataset.date, version: resolve(dataset, settings).version, options, domains }, null, 2)}\n`;
}

type Formatter = (dataset: CompiledDataset, options: ExportOptions, settings: ListSettings) => string;
const FORMATTERS: Record<SingleFileFormat, Formatter> = {
  domains: formatDomains,
  hosts: formatHosts,
  ubo: formatUbo,
  dnr: formatDnr,
  json: formatJson,
  rpz: (dataset, options, settings) =>
    formatRpz(dataset, options, {
      version: resolve(dataset, settings).version,
      policy: resolve(dataset, settings).rpz,
    }),
  stix: (dataset, options, settings) => formatStix(dataset, options, resolve(dataset, settings).version),
};

/** @example exportList(dataset, 'hosts', { minConfidence: 'high', includeHistorical: false, includeReleased: false }) */
export function exportList(
  dataset: CompiledDataset,
  format: SingleFileFormat,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  settings: ListSettings = {},
): string {
  return FORMATTERS[format](dataset, options, settings);
}

/** The file (or, for misp, the folder) each format is released as. */
export const RELEASE_NAMES: Record<ExportFormat, string> = {
  domains: 'takedown-alert-domains.txt',
  hosts: 'takedown-alert-hosts.txt',
  ubo: 'takedown-alert-adblock.txt',
  dnr: 'takedown-alert-dnr.json',
  json: 'takedown-alert.json',
  rpz: 'takedown-alert.rpz',
  stix: 'takedown-alert.stix.json',
  misp: 'takedown-alert-misp',
};

/**
 * One format's files, named as a release holds them (misp: manifest.json, hashes.csv and one file per event,
 * in the folder RELEASE_NAMES.misp).
 * @example exportFormatFiles(dataset, 'rpz') // [{ name: 'takedown-alert.rpz', content: '; Title: …' }]
 */
export function exportFormatFiles(
  dataset: CompiledDataset,
  format: ExportFormat,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  settings: ListSettings = {},
): ExportFile[] {
  if (format === 'misp') {
    resolve(dataset, settings);
    return formatMisp(dataset, options).map((f) => ({ name: `${RELEASE_NAMES.misp}/${f.name}`, content: f.content }));
  }
  return [{ name: RELEASE_NAMES[format], content: exportList(dataset, format, options, settings) }];
}

/**
 * Every format's files, for the release step to write (it adds the checksums): the default selection,
 * NXDOMAIN for the RPZ, and the version given (else the list date).
 * @example exportFiles(dataset, DEFAULT_EXPORT_OPTIONS, { version: '2026.11.25.1' }).map((f) => f.name)
 */
export function exportFiles(
  dataset: CompiledDataset,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
  settings: ListSettings = {},
): ExportFile[] {
  return EXPORT_FORMATS.flatMap((format) => exportFormatFiles(dataset, format, options, settings));
}
