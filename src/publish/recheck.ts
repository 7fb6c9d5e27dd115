// What a listed domain's name servers and registration data say about it now, for maintainers: still
// pointing at a law-enforcement seizure name server, lapsed, or registered again after the seizure (then
// warning on it may wrong whoever owns it now). Pure: the recheck tool looks the answers up (or replays
// recorded ones) and this module reads them. It changes nothing; a maintainer records what it means.
import type { DomainEntry, DomainStatus } from '../core/dataset-types.ts';

/** A name server that law enforcement points seized domains at (src/data/seizure-nameservers.json). */
export interface SeizureNameserver {
  host: string;
  agency: string;
}

/** What the DNS said about a domain's NS records: the names, or the resolver's error code. */
export type DnsAnswer = { ns: string[] } | { error: string };

/** The parts of an RDAP domain answer (RFC 9083) that matter here, or why there is none. */
export type RdapAnswer =
  | {
      found: true;
      registered?: string;
      lastChanged?: string;
      expires?: string;
      nameservers: string[];
      statuses: string[];
      registrar?: string;
    }
  | { found: false }
  | { error: string };

export interface Answers {
  domain: string;
  dns: DnsAnswer;
  rdap: RdapAnswer;
}

export const FINDINGS = [
  'seizure-nameservers',
  'not-registered',
  'registered-after-seizure',
  'no-seizure-sign',
  'unknown',
] as const;
export type Finding = (typeof FINDINGS)[number];

export interface RecheckResult {
  domain: string;
  /** The list's current status for the domain. */
  listed: DomainStatus;
  /** The day the list says the domain was seized or taken offline, if it says so. */
  seizedOn?: string;
  finding: Finding;
  /** One line for the report. */
  detail: string;
  /** The history step a maintainer might record, after reading the detail. */
  suggestedStatus?: DomainStatus;
}

const lower = (names: readonly string[]) => names.map((n) => n.toLowerCase().replace(/\.$/, ''));

type RdapObject = Record<string, unknown>;
const asArray = (v: unknown): RdapObject[] =>
  Array.isArray(v) ? v.filter((x): x is RdapObject => typeof x === 'object' && x !== null) : [];

/** The registrar's name from an RDAP entity's jCard (RFC 7095), when it has one. */
function entityName(entity: RdapObject): string | undefined {
  const card = entity.vcardArray;
  if (!Array.isArray(card) || !Array.isArray(card[1])) return undefined;
  const fn = (card[1] as unknown[]).find((p) => Array.isArray(p) && p[0] === 'fn') as unknown[] | undefined;
  return typeof fn?.[3] === 'string' ? fn[3] : undefined;
}

/**
 * Reads an RDAP domain object: registration, last-changed and expiration events, name servers, statuses and
 * registrar. Tolerant: a field of the wrong shape is left out, never fatal.
 * @example summariseRdap({ events: [{ eventAction: 'registration', eventDate: '2026-06-01T00:00:00Z' }], nameservers: [{ ldhName: 'NS1.EXAMPLE' }] })
 *   // { found: true, registered: '2026-06-01', nameservers: ['ns1.example'], statuses: [] }
 */
export function summariseRdap(json: unknown): RdapAnswer {
  if (typeof json !== 'object' || json === null) return { error: 'not an RDAP object' };
  const o = json as RdapObject;
  const event = (action: string) => {
    const e = asArray(o.events).find((x) => x.eventAction === action);
    return typeof e?.eventDate === 'string' ? e.eventDate.slice(0, 10) : undefined;
  };
  const registrar = asArray(o.entities).find((e) => Array.isArray(e.roles) && e.roles.includes('registrar'));
  return {
    found: true,
    registered: event('registration'),
    lastChanged: event('last changed'),
    expires: event('expiration'),
    nameservers: lower(
      asArray(o.nameservers)
        .map((n) => n.ldhName)
        .filter((n): n is string => typeof n === 'string'),
    ),
    statuses: Array.isArray(o.status) ? o.status.filter((s): s is string => typeof s === 'string') : [],
    registrar: registrar ? entityName(registrar) : undefined,
  };
}

/** The day the list says the domain was seized or taken offline (the latest such step), if any. */
export function seizureDate(entry: DomainEntry): string | undefined {
  return [...entry.history].reverse().find((s) => s.status === 'seized' || s.status === 'offline')?.date;
}

/**
 * What the answers say about one listed domain. A seizure name server wins over everything; no registration
 * (RDAP 404, or NXDOMAIN when RDAP could not say) means lapsed; a registration date after the seizure means
 * someone registered it again. Registration dates are compared by day; a seizure known only by month counts
 * from the month's last day, so a registration inside that month is never called "after".
 */
export function classify(entry: DomainEntry, answers: Answers, seizureNs: readonly SeizureNameserver[]): RecheckResult {
  const result = classifyAnswers(entry, answers, seizureNs);
  return { ...result, detail: printable(result.detail) };
}

/**
 * Text from a registry or a resolver, made safe to print on a terminal: control characters (which could move the
 * cursor, clear the screen or retitle the window) and the bidirectional overrides (which could make a line read
 * differently from what it holds) become a visible "?".
 * @example printable('Evil\u001b[2J Registrar\u202e') // 'Evil?[2J Registrar?'
 */
export function printable(text: string): string {
  // oxlint-disable-next-line no-control-regex -- control characters are what it replaces
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}

function classifyAnswers(entry: DomainEntry, answers: Answers, seizureNs: readonly SeizureNameserver[]): RecheckResult {
  const listed = entry.history[entry.history.length - 1].status;
  const seizedOn = seizureDate(entry);
  const base = { domain: entry.domain, listed, seizedOn };
  const known = new Map(seizureNs.map((s) => [s.host.toLowerCase(), s.agency]));
  const ns = [
    ...('ns' in answers.dns ? lower(answers.dns.ns) : []),
    ...('found' in answers.rdap && answers.rdap.found ? answers.rdap.nameservers : []),
  ];
  const seizing = [...new Set(ns.filter((n) => known.has(n)))];
  if (seizing.length > 0) {
    return {
      ...base,
      finding: 'seizure-nameservers',
      detail: `name servers ${seizing.join(', ')} (${known.get(seizing[0])}): still under seizure`,
    };
  }
  const { rdap, dns } = answers;
  const nxdomain = 'error' in dns && dns.error === 'ENOTFOUND';
  if (('found' in rdap && !rdap.found) || (nxdomain && 'error' in rdap)) {
    return {
      ...base,
      finding: 'not-registered',
      detail:
        'found' in rdap
          ? 'the registry has no registration (RDAP 404)'
          : 'the name does not exist in DNS (NXDOMAIN); RDAP gave no answer',
      suggestedStatus: 'lapsed',
    };
  }
  if ('found' in rdap && rdap.found) {
    const who = rdap.registrar ? ` at ${rdap.registrar}` : '';
    const servers = rdap.nameservers.length > 0 ? `; name servers ${rdap.nameservers.join(', ')}` : '';
    const after = rdap.registered && seizedOn && rdap.registered > monthEnd(seizedOn);
    if (after) {
      return {
        ...base,
        finding: 'registered-after-seizure',
        detail: `registered ${rdap.registered}${who}, after the seizure on ${seizedOn}${servers}`,
        suggestedStatus: 're-registered',
      };
    }
    return {
      ...base,
      finding: 'no-seizure-sign',
      detail: `registered ${rdap.registered ?? '(date not given)'}${who}${servers}; no seizure name server`,
    };
  }
  const why = 'error' in rdap ? rdap.error : 'no RDAP answer';
  return {
    ...base,
    finding: 'unknown',
    detail: `no answer to rely on (DNS: ${'error' in dns ? dns.error : 'ok'}; RDAP: ${why})`,
  };
}

/** A YYYY-MM date as its month's last day, so comparisons never call a day inside that month "after". */
function monthEnd(date: string): string {
  return date.length === 7 ? `${date}-31` : date;
}
