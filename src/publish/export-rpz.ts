// The list as a DNS Response Policy Zone (RPZ) for BIND, Unbound, Knot Resolver and PowerDNS Recursor: each
// blocked domain and its subdomains get one policy, with the operation and the sources in comments.
import type { CompiledDataset } from '../core/dataset-types.ts';
import { keyStep, oneLine, sourceText } from './export-evidence.ts';
import { blockedDomains, describeOptions, type ExportOptions } from './export-selection.ts';
import { LIST_EXPIRES, LIST_HOMEPAGE, LIST_LICENCE, rpzSerial } from '../pipeline/list-version.ts';

/**
 * NXDOMAIN: the name does not exist (`CNAME .`). cname: the answer is a CNAME to a host of the
 * administrator's (a local warning page), which RPZ calls "local data".
 */
export type RpzPolicy = { policy: 'nxdomain' } | { policy: 'cname'; target: string };
export const RPZ_POLICIES = ['nxdomain', 'cname'] as const;
export const DEFAULT_RPZ_POLICY: RpzPolicy = { policy: 'nxdomain' };

/** CNAME targets that RPZ reads as other actions (RFC draft-vixie-dnsop-dns-rpz, "Policy Actions"). */
const RPZ_SPECIAL = /^(\*\.|rpz-[a-z-]+\.?$)/;
const HOST = /^(?=.{1,253}\.?$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/;

/**
 * Why a warning host cannot be a CNAME target, or null.
 * @example rpzTargetProblem('warning.corp.example') // null
 * @example rpzTargetProblem('rpz-passthru.') // '--rpz-target "rpz-passthru." is an RPZ action, not a host name'
 */
export function rpzTargetProblem(target: string): string | null {
  const host = target.toLowerCase();
  if (RPZ_SPECIAL.test(host) || host === '.') return `--rpz-target "${target}" is an RPZ action, not a host name`;
  if (!HOST.test(host) || !host.replace(/\.$/, '').includes('.'))
    return `--rpz-target must be a fully qualified host name (like warning.corp.example), not "${target}"`;
  return null;
}

export interface RpzSettings {
  /** The list version (YYYY.M.D or YYYY.M.D.N); the SOA serial follows it. */
  version: string;
  policy: RpzPolicy;
}

/** The record data a policy writes for a name. */
function rdata(policy: RpzPolicy): string {
  if (policy.policy === 'nxdomain') return 'CNAME .';
  const problem = rpzTargetProblem(policy.target);
  if (problem) throw new Error(problem);
  const host = policy.target.toLowerCase();
  return `CNAME ${host.endsWith('.') ? host : `${host}.`}`;
}

/**
 * A zone file. Names are relative (no $ORIGIN), so the zone takes whatever name the administrator gives it
 * in the resolver's configuration (for example rpz.takedown-alert).
 * @example formatRpz(dataset, options, { version: '2026.11.25', policy: { policy: 'nxdomain' } }) // '; Title: Takedown Alert …\n…leakbase.la CNAME .\n*.leakbase.la CNAME .\n…'
 */
export function formatRpz(dataset: CompiledDataset, options: ExportOptions, settings: RpzSettings): string {
  const entries = blockedDomains(dataset, options);
  const operations = new Map(dataset.operations.map((o) => [o.id, o]));
  const policy = rdata(settings.policy);
  const what =
    settings.policy.policy === 'nxdomain'
      ? 'NXDOMAIN (CNAME .): the listed names and their subdomains do not resolve'
      : `local data (${policy}): the listed names and their subdomains resolve to your warning host`;
  const lines = [
    '; Title: Takedown Alert response policy zone (RPZ)',
    '; Domains of criminal platforms that police or prosecutors seized or took down, with their relaunches and former addresses.',
    `; Version: ${settings.version}`,
    `; Date: ${dataset.date}`,
    `; Options: ${describeOptions(options)}`,
    `; Policy: ${what}`,
    `; Homepage: ${LIST_HOMEPAGE}`,
    `; License: ${LIST_LICENCE}`,
    `; Expires: ${LIST_EXPIRES}`,
    `; Domains: ${entries.length}`,
    '; Names are relative to the zone: load it under any zone name (for example rpz.takedown-alert).',
    '$TTL 300',
    // refresh 1 h, retry 10 min, expire 7 days, negative TTL 5 min (RFC 1035 3.3.13, RFC 2308).
    `@ SOA localhost. hostmaster.localhost. ${rpzSerial(settings.version)} 3600 600 604800 300`,
    '@ NS localhost.',
  ];
  for (const entry of entries) {
    const op = operations.get(entry.operation)!;
    const step = keyStep(entry);
    const now = entry.history[entry.history.length - 1];
    const name = op.operationName ? `${op.operationName}, ` : '';
    const dates = op.dates.from === op.dates.to ? op.dates.from : `${op.dates.from} to ${op.dates.to}`;
    lines.push(
      '',
      oneLine(
        `; ${entry.domain}: ${op.platform.en}, ${op.kind.en}; operation ${op.id} (${name}${dates}); ${now.status} ${now.date}${step === now ? '' : `, ${step.status} ${step.date}`}; confidence ${entry.confidence}`,
      ),
      ...step.evidence.map((e) => `; source: ${sourceText(e)}`),
      `${entry.domain} ${policy}`,
      `*.${entry.domain} ${policy}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
