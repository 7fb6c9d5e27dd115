// How the exports spell a domain's evidence in one line: who published it, when, what kind of source it is
// and how we know what it says (read on a date, or only cited by another source).
import { currentStep } from '../core/domain-status.ts';
import type { DomainEntry, DomainStatus, Evidence, Source, StatusStep, Verification } from '../core/dataset-types.ts';

/** Statuses that are the takedown itself: the step an indicator is valid from. */
const TAKEDOWN: readonly DomainStatus[] = ['seized', 'offline'];

/**
 * @example verificationText({ read: '2026-11-25', via: 'stored copy' }) // 'read 2026-11-25'
 * @example verificationText({ citedBy: { id: 'x', url: 'https://a.example/', publisher: 'A' } }) // 'not read itself; cited by A (https://a.example/)'
 */
export function verificationText(v: Verification): string {
  if ('citedBy' in v) return `not read itself; cited by ${v.citedBy.publisher} (${v.citedBy.url})`;
  return `read ${v.read}`;
}

// oxlint-disable-next-line no-control-regex -- control characters are what it removes
const LINE_BREAKING = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** Text on one line, with no control characters (zone-file comments, CSV and MISP comments need that). */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * @example sourceText(evidence) // 'Europol (official), 2026-03-04, read 2026-11-25: https://…'
 */
export function sourceText(s: Pick<Evidence | Source, 'publisher' | 'kind' | 'date' | 'url' | 'verification'>): string {
  return oneLine(`${s.publisher} (${s.kind}), ${s.date}, ${verificationText(s.verification)}: ${s.url}`);
}

/**
 * The step a blocking entry is about: the latest takedown step (seized, offline), else the current one
 * (a relaunch, or an address the platform used).
 */
export function keyStep(entry: Pick<DomainEntry, 'history'>): StatusStep {
  const takedowns = entry.history.filter((s) => TAKEDOWN.includes(s.status));
  return takedowns[takedowns.length - 1] ?? currentStep(entry as DomainEntry);
}

/**
 * A dataset date as a full day: month-only dates (`YYYY-MM`, the day unknown) become the first of the month.
 * @example fullDay('2025-05') // '2025-05-01'
 */
export function fullDay(date: string): string {
  return /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
}

/** Every distinct piece of evidence of a domain, newest step first, each source once (by URL). */
export function evidenceOf(entry: Pick<DomainEntry, 'history'>): { step: StatusStep; evidence: Evidence }[] {
  const seen = new Set<string>();
  const out: { step: StatusStep; evidence: Evidence }[] = [];
  for (const step of [...entry.history].reverse()) {
    for (const evidence of step.evidence) {
      if (seen.has(`${step.status} ${evidence.url}`)) continue;
      seen.add(`${step.status} ${evidence.url}`);
      out.push({ step, evidence });
    }
  }
  return out;
}

/**
 * A URL as an RFC 3986 URI: characters a URI may not hold (non-ASCII letters, spaces, backslashes) are
 * percent-encoded as UTF-8, everything else is kept as written, so the link still names the same page.
 * @example asUri('https://a.example/caf\u00e9') // 'https://a.example/caf%C3%A9'
 */
export function asUri(url: string): string {
  return url
    .replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) => encodeURIComponent(c))
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}
