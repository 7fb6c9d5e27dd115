// CHANGELOG.md, made from the data only: for each release snapshot, what changed since the one before (operations
// and domains added, status and confidence changes, removals, corrections), each with its reason from the review log.
// Pure: the release tool passes the snapshots, the review log and the operation names in.
import type { ChangeRecord } from '../pipeline/review-log.ts';
import { compareVersions, diffSnapshots, type ReleaseSnapshot } from '../pipeline/release-snapshot.ts';

export interface ChangelogInput {
  snapshots: readonly ReleaseSnapshot[];
  reviewLog: readonly ChangeRecord[];
  /** Display names of operations by id (the current list's; a removed operation is shown by its id). */
  operationNames: Readonly<Record<string, string>>;
}

const name = (input: ChangelogInput, id: string) => input.operationNames[id] ?? id;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The review-log reason for a change to `domain` between two list dates (after `since`, up to `until`). */
function reasonFor(
  log: readonly ChangeRecord[],
  domain: string,
  kinds: readonly ChangeRecord['change'][],
  since: string,
  until: string,
): string | undefined {
  const hits = log.filter((r) => r.domain === domain && kinds.includes(r.change) && r.date > since && r.date <= until);
  return hits.length === 0 ? undefined : hits.map((r) => r.reason).join(' ');
}

function entry(snapshot: ReleaseSnapshot, domain: string): string {
  const e = snapshot.domains[domain];
  return `\`${domain}\` (${e.status}, ${e.confidence} confidence)`;
}

function section(input: ChangelogInput, before: ReleaseSnapshot | undefined, after: ReleaseSnapshot): string[] {
  const lines = [`## ${after.version} (list of ${after.date})`, ''];
  const domainCount = Object.keys(after.domains).length;
  if (!before) {
    lines.push(
      `First list: ${plural(after.operations.length, 'operation', 'operations')}, ${plural(domainCount, 'domain', 'domains')}.`,
      '',
    );
    return lines;
  }
  const diff = diffSnapshots(before, after);
  lines.push(
    `${plural(after.operations.length, 'operation', 'operations')}, ${plural(domainCount, 'domain', 'domains')}; since ${before.version}: ` +
      `${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed.`,
    '',
  );
  if (diff.addedOperations.length > 0) {
    lines.push('### Operations added', '');
    for (const id of [...diff.addedOperations].sort((a, b) => name(input, a).localeCompare(name(input, b), 'en')))
      lines.push(`- ${name(input, id)}`);
    lines.push('');
  }
  if (diff.added.length > 0) {
    lines.push('### Domains added', '');
    const byOperation = new Map<string, string[]>();
    for (const d of diff.added)
      byOperation.set(after.domains[d].operation, [...(byOperation.get(after.domains[d].operation) ?? []), d]);
    for (const [op, domains] of [...byOperation].sort(([a], [b]) =>
      name(input, a).localeCompare(name(input, b), 'en'),
    )) {
      for (const d of domains) {
        const why = reasonFor(input.reviewLog, d, ['added'], before.date, after.date);
        lines.push(`- ${name(input, op)}: ${entry(after, d)}${why ? `. Why: ${why}` : ''}`);
      }
    }
    lines.push('');
  }
  if (diff.changed.length > 0) {
    lines.push('### Status and confidence changed', '');
    for (const d of diff.changed) {
      const was = before.domains[d];
      const now = after.domains[d];
      const what = [
        was.status !== now.status ? `status ${was.status} → ${now.status}` : '',
        was.confidence !== now.confidence ? `confidence ${was.confidence} → ${now.confidence}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      const why = reasonFor(input.reviewLog, d, ['status', 'confidence'], before.date, after.date);
      lines.push(`- \`${d}\` (${name(input, now.operation)}): ${what}.${why ? ` Why: ${why}` : ''}`);
    }
    lines.push('');
  }
  if (diff.removed.length > 0) {
    lines.push('### Removed', '');
    for (const d of diff.removed) {
      const why = reasonFor(input.reviewLog, d, ['removed'], before.date, after.date);
      lines.push(
        `- \`${d}\` (was ${name(input, before.domains[d].operation)}, ${before.domains[d].confidence} confidence).${why ? ` Why: ${why}` : ''}`,
      );
    }
    lines.push('');
  }
  if (diff.removedOperations.length > 0) {
    lines.push('### Operations removed', '');
    for (const id of diff.removedOperations) lines.push(`- ${name(input, id)}`);
    lines.push('');
  }
  // Every other record of the review log for this release: corrected facts, sources and quotes, and steps of a
  // domain's history that left its latest status and confidence as they were.
  const shown = (r: ChangeRecord) =>
    r.domain !== undefined &&
    ((r.change === 'added' && diff.added.includes(r.domain)) ||
      ((r.change === 'status' || r.change === 'confidence') && diff.changed.includes(r.domain)) ||
      (r.change === 'removed' && diff.removed.includes(r.domain)));
  const other = input.reviewLog.filter((r) => r.date > before.date && r.date <= after.date && !shown(r));
  if (other.length > 0) {
    lines.push('### Corrected', '');
    for (const r of other) {
      const where = r.domain ? `${name(input, r.operation)}, \`${r.domain}\`` : name(input, r.operation);
      const fromTo = r.from !== undefined && r.to !== undefined ? ` Was: ${r.from}. Now: ${r.to}.` : '';
      lines.push(`- ${where}:${fromTo} Why: ${r.reason}`);
    }
    lines.push('');
  }
  return lines;
}

/**
 * The whole changelog, newest release first.
 * @example renderChangelog({ snapshots: [first], reviewLog: [], operationNames: {} }) // "# Changelog\n…First list: …"
 */
export function renderChangelog(input: ChangelogInput): string {
  const ordered = [...input.snapshots].sort((a, b) => compareVersions(a.version, b.version));
  const sections = ordered.map((s, i) => section(input, ordered[i - 1], s)).reverse();
  return [
    '# Changelog',
    '',
    'Made by `npm run release` from the release snapshots (`src/data/releases/`) and the review log',
    '(`src/data/review-log/`); do not edit by hand. A version is the list date; a fourth number is a code-only fix.',
    '',
    ...sections.flat(),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}
