// What the evidence for a listed domain earns. Confidence is computed here from the sources, never taken
// on trust: the build fails when an operation file claims more than its evidence earns.
//
//   high    an official source that was read and names the domain, or two reports from independent
//           publishers that were read and name it
//   medium  one report that was read and names it, or two independent community sources (lists, forums)
//   low     anything less: one community source, or sources only seen cited
import type { Confidence, DomainStatus, StatusStep } from '../core/dataset-types.ts';
import { isArchiveCopy, type SourceDocument } from './source-document.ts';

export type ConfidenceReason =
  | 'official'
  | 'independent-reports'
  | 'one-report'
  | 'community-sources'
  | 'one-community-source'
  | 'not-read';

export interface EarnedConfidence {
  confidence: Confidence;
  reason: ConfidenceReason;
}

/** Statuses that say what the platform did with a domain; lapsed and re-registered only record what became of it. */
const PLATFORM_STATUSES: readonly DomainStatus[] = ['used', 'seized', 'offline', 'suspected-relaunch'];

/**
 * The step whose evidence the confidence rests on: the latest step that says what the platform (or the police)
 * did with the domain. Later lapsed or re-registered steps do not change how sure we are of that.
 */
export function basisStep<E>(history: readonly StatusStep<E>[]): StatusStep<E> | undefined {
  return [...history].reverse().find((s) => PLATFORM_STATUSES.includes(s.status));
}

/**
 * Sources that retell one story count once: a document marked same-story-as another joins that one's group,
 * and otherwise a publisher is one voice however many articles it wrote.
 */
function independenceKey(doc: SourceDocument, byId: ReadonlyMap<string, SourceDocument>): string {
  let root = doc;
  const seen = new Set<string>();
  while (root.sameStoryAs && !seen.has(root.id)) {
    seen.add(root.id);
    const next = byId.get(root.sameStoryAs);
    if (!next) break;
    root = next;
  }
  return root.publisher.toLowerCase();
}

/**
 * @param docs the source documents of the basis step's evidence (each quote already found and naming the domain)
 * @example earnedConfidence([europolRelease], byId) // { confidence: 'high', reason: 'official' }
 */
export function earnedConfidence(
  docs: readonly SourceDocument[],
  byId: ReadonlyMap<string, SourceDocument>,
): EarnedConfidence {
  const read = docs.filter((d) => d.read !== undefined);
  if (read.some((d) => d.kind === 'official')) return { confidence: 'high', reason: 'official' };
  const voices = (kind: SourceDocument['kind']) =>
    new Set(read.filter((d) => d.kind === kind).map((d) => independenceKey(d, byId))).size;
  const reports = voices('report');
  if (reports >= 2) return { confidence: 'high', reason: 'independent-reports' };
  if (reports === 1) return { confidence: 'medium', reason: 'one-report' };
  const community = voices('community');
  if (community >= 2) return { confidence: 'medium', reason: 'community-sources' };
  if (community === 1) return { confidence: 'low', reason: 'one-community-source' };
  return { confidence: 'low', reason: 'not-read' };
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export function exceeds(claimed: Confidence, earned: Confidence): boolean {
  return RANK[claimed] > RANK[earned];
}

/**
 * Police words may be shown as verbatim only when they were read in the authority's own text: at its address,
 * in an archived copy of it, or in a reproduction that says it reproduces it.
 */
export function readInOwnText(doc: SourceDocument): boolean {
  if (doc.kind !== 'official' || doc.read === undefined) return false;
  return doc.readAt === undefined || isArchiveCopy(doc.readAt) || doc.reproductionNote !== undefined;
}
