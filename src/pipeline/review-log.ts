// The review log's change records (src/data/review-log/<name>.json): every change to a listed domain or an
// operation's facts after it first shipped, with the reason, so the changelog can say why. Narrative notes
// sit beside them as Markdown. Pure: the compiler passes the parsed files and the operations in.
import type { Operation } from '../core/dataset-types.ts';
import { CONFIDENCES, STATUSES } from '../core/dataset-types.ts';
import { currentStatus } from '../core/domain-status.ts';
import { Problems, checkArray, checkDate, checkEnum, checkKeys, checkString, isObject } from './validate-fields.ts';

export const CHANGES = ['added', 'removed', 'confidence', 'status', 'corrected'] as const;
export type ChangeKind = (typeof CHANGES)[number];

export interface ChangeRecord {
  /** The day the change was made (the list date of the release that carries it). */
  date: string;
  operation: string;
  /** The domain changed; absent for a correction of the operation's own facts. */
  domain?: string;
  change: ChangeKind;
  from?: string;
  to?: string;
  reason: string;
}

function checkRecord(p: Problems, at: string, value: unknown): value is ChangeRecord {
  if (!isObject(value)) {
    p.add(at, 'must be an object');
    return false;
  }
  checkKeys(p, at, value, ['date', 'operation', 'domain', 'change', 'from', 'to', 'reason']);
  checkDate(p, `${at}.date`, value.date);
  checkString(p, `${at}.operation`, value.operation);
  checkString(p, `${at}.reason`, value.reason);
  if (value.domain !== undefined) checkString(p, `${at}.domain`, value.domain);
  if (!checkEnum(p, `${at}.change`, value.change, CHANGES)) return false;
  const allowed = value.change === 'confidence' ? CONFIDENCES : value.change === 'status' ? STATUSES : null;
  if (allowed) {
    checkEnum(p, `${at}.from`, value.from, allowed);
    checkEnum(p, `${at}.to`, value.to, allowed);
  }
  if (value.change !== 'corrected' && value.domain === undefined)
    p.add(`${at}.domain`, `a change of kind ${value.change} names its domain`);
  return true;
}

/**
 * The records, checked against what ships: a domain changed or added is listed by its operation, a removed
 * one is not, and the latest confidence or status change of a domain says what the file says now.
 */
export function checkReviewLog(
  files: readonly { name: string; text: string }[],
  operations: readonly Operation[],
): { records: ChangeRecord[]; errors: string[] } {
  const errors: string[] = [];
  const records: ChangeRecord[] = [];
  for (const file of files) {
    const p = new Problems(`review-log/${file.name}`);
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch (error) {
      errors.push(`review-log/${file.name}: (file): not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (checkArray(p, '(top level)', value))
      value.forEach((r, i) => {
        if (checkRecord(p, `[${i}]`, r)) records.push(r);
      });
    if (file.text !== `${JSON.stringify(value, null, 2)}\n`)
      p.add('(file)', 'not in canonical form (2-space JSON, final newline); run npm run dataset:format');
    errors.push(...p.list);
  }
  const entry = (op: string, domain: string) =>
    operations.find((o) => o.id === op)?.domains.find((d) => d.domain === domain);
  const latest = new Map<string, ChangeRecord>();
  for (const r of [...records].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!r.domain) continue;
    const listed = entry(r.operation, r.domain);
    const what = `review-log: ${r.date} ${r.change} ${r.domain}`;
    if (r.change === 'removed') {
      if (listed && !records.some((o) => o.domain === r.domain && o.change === 'added' && o.date > r.date))
        errors.push(`${what}: recorded as removed, but ${r.operation}.json still lists it`);
    } else if (!listed) {
      errors.push(`${what}: ${r.operation}.json does not list ${r.domain}`);
    }
    if (r.change === 'confidence' || r.change === 'status') latest.set(`${r.change}:${r.operation}:${r.domain}`, r);
  }
  for (const r of latest.values()) {
    const listed = entry(r.operation, r.domain ?? '');
    if (!listed) continue;
    const now = r.change === 'confidence' ? listed.confidence : currentStatus(listed);
    if (now !== r.to)
      errors.push(
        `review-log: ${r.date} ${r.change} ${r.domain}: the latest record says ${r.to}, but ${r.operation}.json says ${now}`,
      );
  }
  return { records, errors };
}
