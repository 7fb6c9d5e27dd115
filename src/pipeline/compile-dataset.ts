// Turns validated operation files into the bundled dataset: operations plus a domain index for the matcher.
// Pure: callers pass file contents in and write the result out, so tests compile fixtures directly.
import { checkCandidateLog, type CandidateFile } from './candidate-log.ts';
import type { CompiledDataset, DomainIndexEntry, Operation } from '../core/dataset-types.ts';
import { currentStatus } from '../core/domain-status.ts';
import { candidateDomains } from '../core/host.ts';
import { createResolver, type ValidOperationFile } from './resolve-evidence.ts';
import { checkReviewLog } from './review-log.ts';
import { parseSourceDocument, sourceDocumentText, type SourceDocument } from './source-document.ts';
import { Problems } from './validate-fields.ts';
import { validateOperation } from './validate-operation.ts';

export interface SourceFile {
  /** Base name, e.g. "leakbase.json". */
  name: string;
  text: string;
}

export interface NeverFlagEntry {
  host: string;
  reason: string;
}

export interface CompileOptions {
  neverFlag: NeverFlagEntry[];
  /** The source documents (src/data/sources/<id>.txt) the operations refer to. */
  sources?: SourceFile[];
  /** The candidate log (src/data/candidates/*.json), checked against the operations when given. */
  candidates?: CandidateFile[];
  /** The review log's change records (src/data/review-log/*.json), checked against the operations when given. */
  reviewLog?: SourceFile[];
  /** Today's date (ISO), for review-by warnings; passed in so compiling stays deterministic. */
  today: string;
  /** True for a public suffix such as "co.uk" or "github.io", which can never be one platform's domain. */
  isPublicSuffix?: (domain: string) => boolean;
}

export interface CompileResult {
  /** Absent when there is any error: nothing half-valid ships. */
  dataset?: CompiledDataset;
  errors: string[];
  warnings: string[];
}

/** The one canonical text of an operation file: two-space JSON, domains sorted, final newline. */
export function canonicalText(value: { domains: { domain: string }[] }): string {
  const domains = [...value.domains].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  return `${JSON.stringify({ ...value, domains }, null, 2)}\n`;
}

export function compileDataset(files: SourceFile[], options: CompileOptions): CompileResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const operations: Operation[] = [];
  const docs: SourceDocument[] = [];
  for (const file of options.sources ?? []) {
    const parsed = parseSourceDocument(file.name, file.text);
    if (!parsed.ok) {
      errors.push(...parsed.problems);
      continue;
    }
    docs.push(parsed.doc);
    if (sourceDocumentText(parsed.doc) !== file.text)
      errors.push(
        `sources/${file.name}: (file): not in canonical form (header fields in order, one blank line, final newline); run npm run dataset:format`,
      );
  }
  const ids = new Set(docs.map((d) => d.id));
  for (const doc of docs) {
    if (doc.citedBy && !ids.has(doc.citedBy))
      errors.push(`sources/${doc.id}.txt: cited-by: no source document ${doc.citedBy}`);
    if (doc.sameStoryAs && !ids.has(doc.sameStoryAs))
      errors.push(`sources/${doc.id}.txt: same-story-as: no source document ${doc.sameStoryAs}`);
  }
  const resolver = createResolver(docs);
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch (error) {
      errors.push(`${file.name}: (file): not valid JSON (${(error as Error).message})`);
      continue;
    }
    const problems = validateOperation(file.name, value);
    if (problems.length > 0) {
      errors.push(...problems);
      continue;
    }
    const written = value as ValidOperationFile;
    if (file.text !== canonicalText(written)) {
      errors.push(
        `${file.name}: (file): not in canonical form (domains sorted, 2-space JSON); run npm run dataset:format`,
      );
    }
    const p = new Problems(file.name);
    const operation = resolver.resolve(written, p);
    errors.push(...p.list);
    if (operation) operations.push(operation);
  }
  if (errors.length === 0) {
    for (const id of resolver.unused()) errors.push(`sources/${id}.txt: (file): no operation uses this source`);
  }

  const neverFlag = new Map(options.neverFlag.map((e) => [e.host, e.reason]));
  const owner = new Map<string, string>();
  const domains: Record<string, DomainIndexEntry> = {};
  const declared = (op: Operation, name: string, other: string) =>
    op.domains.find((d) => d.domain === name)?.alsoListedBy?.operation === other;
  let date = '';
  for (const operation of operations) {
    if (operations.filter((o) => o.id === operation.id).length > 1)
      errors.push(`${operation.id}.json: id: duplicate id`);
    operation.domains.forEach((entry, i) => {
      const at = `${operation.id}.json: domains[${i}].domain`;
      const name = entry.domain;
      for (const candidate of candidateDomains(name)) {
        if (neverFlag.has(candidate))
          errors.push(`${at}: ${name} is on the never-flag list (${candidate}: ${neverFlag.get(candidate)})`);
      }
      for (const [host, reason] of neverFlag) {
        if (host.endsWith(`.${name}`))
          errors.push(`${at}: listing ${name} would flag ${host}, which is on the never-flag list (${reason})`);
      }
      if (options.isPublicSuffix?.(name)) errors.push(`${at}: ${name} is a public suffix, not one platform's domain`);
      const first = owner.get(name);
      const firstOp = operations.find((o) => o.id === first);
      if (
        first !== undefined &&
        firstOp &&
        !declared(operation, name, first) &&
        !declared(firstOp, name, operation.id)
      ) {
        errors.push(
          `${at}: duplicate: ${name} is already listed by ${first} (declare it with alsoListedBy, and say why)`,
        );
      }
      if (
        entry.alsoListedBy &&
        !operations.some((o) => o.id === entry.alsoListedBy?.operation && o.domains.some((d) => d.domain === name))
      ) {
        errors.push(`${at}: alsoListedBy names ${entry.alsoListedBy.operation}, which does not list ${name}`);
      }
      // Of a declared pair, the index keeps the operation that did not declare the other.
      if (first === undefined || !entry.alsoListedBy) {
        owner.set(name, operation.id);
        domains[name] = { operation: operation.id, status: currentStatus(entry), confidence: entry.confidence };
      }
      if (entry.reviewBy < options.today)
        warnings.push(`${operation.id}.json: domains[${i}].reviewBy: ${name} was due for review on ${entry.reviewBy}`);
      if (entry.lastChecked > date) date = entry.lastChecked;
    });
  }
  if (errors.length === 0 && options.candidates)
    errors.push(...checkCandidateLog(options.candidates, operations).errors);
  if (errors.length === 0 && options.reviewLog) errors.push(...checkReviewLog(options.reviewLog, operations).errors);
  if (errors.length > 0) return { errors, warnings };
  operations.sort((a, b) => (a.id < b.id ? -1 : 1));
  const sortedDomains = Object.fromEntries(Object.entries(domains).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { dataset: { schema: 2, date, operations, domains: sortedDomains }, errors, warnings };
}
