// The candidate log (src/data/candidates/<group>.json): every takedown considered for the list, where it was
// found, and what was decided and why, so that "not on the list" is an answer with a reason too.
// Pure: the compiler passes the parsed files and the operations in.
import type { Operation } from '../core/dataset-types.ts';
import { Problems, checkArray, checkDate, checkEnum, checkKeys, checkString, isObject } from './validate-fields.ts';

export const DECISIONS = ['included', 'excluded', 'waiting'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Why a candidate or one of its domains is not (yet) on the list. */
export const REASONS = [
  'no-domain-named', // no source that could be read names a domain of the platform
  'onion-only', // the platform was reachable only as a Tor onion service, which browsers do not open
  'not-law-enforcement', // taken down by a company or by its own operators, not by police or prosecutors
  'not-cybercrime', // out of scope: copyright, or not a platform that harms the people we warn
  'child-abuse-material', // listing it would send nobody useful advice; reported to police, not listed
  'disputed', // sources disagree whether the domain was the platform's
  'unverifiable', // named only by a source that could not be read or checked
  'not-platform-domain', // named, but not the platform's own domain (a hosting company, a police site, …)
  'never-flag', // a name clash or a police or advice site (src/data/never-flag.json)
  'reassigned', // the name has passed to someone unrelated since the takedown
  'waiting-for-source', // probably belongs, but the source that would prove it was not found yet
] as const;
export type Reason = (typeof REASONS)[number];

export interface CandidateDomain {
  domain: string;
  decision: Decision;
  reason?: Reason;
  note?: string;
}

export interface Candidate {
  platform: string;
  /** Kind of platform: forum, market, booter, mixer, exchange, proxy, vpn, malware, phishing, forger, … */
  kind: string;
  /** Date of the takedown (YYYY-MM-DD or YYYY-MM). */
  date: string;
  agencies: string;
  decision: Decision;
  /** Required unless included. */
  reason?: Reason;
  note: string;
  /** The operation file (its id) when included. */
  operation?: string;
  domains: CandidateDomain[];
  /** Source document ids or URLs where the candidate was found. */
  sources: string[];
}

export interface CandidateFile {
  name: string;
  text: string;
}

function checkCandidate(p: Problems, at: string, value: unknown): value is Candidate {
  if (!isObject(value)) {
    p.add(at, 'must be an object');
    return false;
  }
  checkKeys(p, at, value, [
    'platform',
    'kind',
    'date',
    'agencies',
    'decision',
    'reason',
    'note',
    'operation',
    'domains',
    'sources',
  ]);
  for (const key of ['platform', 'kind', 'agencies', 'note'] as const) checkString(p, `${at}.${key}`, value[key]);
  checkDate(p, `${at}.date`, value.date, true);
  const decided = checkEnum(p, `${at}.decision`, value.decision, DECISIONS);
  if (decided && value.decision !== 'included') checkEnum(p, `${at}.reason`, value.reason, REASONS);
  if (decided && value.decision === 'included' && typeof value.operation !== 'string')
    p.add(`${at}.operation`, 'an included candidate names its operation file');
  if (checkArray(p, `${at}.domains`, value.domains)) {
    value.domains.forEach((d, i) => {
      const dat = `${at}.domains[${i}]`;
      if (!isObject(d)) return p.add(dat, 'must be an object');
      checkKeys(p, dat, d, ['domain', 'decision', 'reason', 'note']);
      checkString(p, `${dat}.domain`, d.domain);
      if (checkEnum(p, `${dat}.decision`, d.decision, DECISIONS) && d.decision !== 'included')
        checkEnum(p, `${dat}.reason`, d.reason, REASONS);
    });
  }
  if (checkArray(p, `${at}.sources`, value.sources, 1))
    value.sources.forEach((s, i) => checkString(p, `${at}.sources[${i}]`, s));
  return true;
}

/**
 * Problems in the candidate log, checked against the operations that ship: each operation is one included
 * candidate, and a candidate's included domains are exactly the operation's domains.
 */
export function checkCandidateLog(
  files: readonly CandidateFile[],
  operations: readonly Operation[],
): { candidates: Candidate[]; errors: string[] } {
  const errors: string[] = [];
  const candidates: Candidate[] = [];
  for (const file of files) {
    const p = new Problems(`candidates/${file.name}`);
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch (error) {
      errors.push(`candidates/${file.name}: (file): not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (checkArray(p, '(top level)', value)) {
      value.forEach((c, i) => {
        if (checkCandidate(p, `[${i}]`, c)) candidates.push(c);
      });
    }
    if (file.text !== `${JSON.stringify(value, null, 2)}\n`)
      p.add('(file)', 'not in canonical form (2-space JSON, final newline); run npm run dataset:format');
    errors.push(...p.list);
  }
  if (errors.length > 0 || files.length === 0) return { candidates, errors };

  const byOperation = new Map<string, Candidate[]>();
  for (const c of candidates)
    if (c.decision === 'included' && c.operation)
      byOperation.set(c.operation, [...(byOperation.get(c.operation) ?? []), c]);
  const ids = new Set(operations.map((o) => o.id));
  for (const [id, list] of byOperation) {
    if (!ids.has(id))
      errors.push(
        `candidates: ${list[0].platform}: included as operation ${id}, but there is no src/data/operations/${id}.json`,
      );
    if (list.length > 1)
      errors.push(`candidates: operation ${id} is included by ${list.length} candidates; one candidate per operation`);
  }
  for (const op of operations) {
    const [candidate] = byOperation.get(op.id) ?? [];
    if (!candidate) {
      errors.push(`candidates: operation ${op.id} has no included candidate in src/data/candidates`);
      continue;
    }
    const included = new Set(candidate.domains.filter((d) => d.decision === 'included').map((d) => d.domain));
    const listed = new Set(op.domains.map((d) => d.domain));
    for (const d of listed)
      if (!included.has(d))
        errors.push(`candidates: ${candidate.platform}: ${d} is listed by ${op.id}.json but not logged as included`);
    for (const d of included)
      if (!listed.has(d))
        errors.push(`candidates: ${candidate.platform}: ${d} is logged as included but ${op.id}.json does not list it`);
  }
  return { candidates, errors };
}

/** Counts for the closing note and the README: considered, included, and the rest by reason. */
export function candidateCounts(candidates: readonly Candidate[]): {
  considered: number;
  byDecision: Record<string, number>;
  byReason: Record<string, number>;
} {
  const byDecision: Record<string, number> = {};
  const byReason: Record<string, number> = {};
  for (const c of candidates) {
    byDecision[c.decision] = (byDecision[c.decision] ?? 0) + 1;
    if (c.reason) byReason[c.reason] = (byReason[c.reason] ?? 0) + 1;
  }
  return { considered: candidates.length, byDecision, byReason };
}
