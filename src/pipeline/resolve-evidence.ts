// Turns an operation file's references to source documents into the evidence the extension shows, and
// checks what the evidence rules promise: every quote is found in the text it is attributed to, police
// words are called verbatim only when read in the authority's own text, and no domain claims more
// confidence than its evidence earns. Pure: the compiler passes the parsed documents in.
import type { Evidence, EvidenceRef, Operation, OperationFile, Source, Verification } from '../core/dataset-types.ts';
import { basisStep, earnedConfidence, exceeds, readInOwnText } from './evidence-rules.ts';
import { textContains, type SourceDocument } from './source-document.ts';
import type { Problems } from './validate-fields.ts';

/** An operation file that passed validateOperation. */
export type ValidOperationFile = OperationFile;

export interface Resolver {
  /** The resolved operation, or undefined when something did not resolve (the problems say what). */
  resolve(file: ValidOperationFile, p: Problems): Operation | undefined;
  /** Source documents no operation used. */
  unused(): string[];
}

function verificationOf(doc: SourceDocument, byId: ReadonlyMap<string, SourceDocument>): Verification {
  if (doc.read !== undefined)
    return { read: doc.read, via: doc.via ?? '', ...(doc.readAt ? { readAt: doc.readAt } : {}) };
  const by = byId.get(doc.citedBy ?? '');
  return {
    citedBy: {
      id: doc.citedBy ?? '',
      url: by?.url ?? '',
      publisher: by?.publisher ?? '',
      ...(by?.publisherNl ? { publisherNl: by.publisherNl } : {}),
    },
  };
}

export function sourceOf(doc: SourceDocument, byId: ReadonlyMap<string, SourceDocument>): Source {
  return {
    id: doc.id,
    title: doc.title,
    url: doc.url,
    publisher: doc.publisher,
    ...(doc.publisherNl ? { publisherNl: doc.publisherNl } : {}),
    kind: doc.kind,
    date: doc.date,
    lang: doc.lang,
    verification: verificationOf(doc, byId),
  };
}

export function createResolver(docs: readonly SourceDocument[]): Resolver {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const used = new Set<string>();

  /** The text a quote from `doc` must be found in: its own, or, for a source only seen cited, the citing one's. */
  function textFor(doc: SourceDocument, p: Problems, at: string): string | null {
    if (doc.read !== undefined) return doc.text;
    const by = byId.get(doc.citedBy ?? '');
    if (!by) {
      p.add(at, `source ${doc.id} is cited by ${doc.citedBy}, which is not a source document`);
      return null;
    }
    used.add(by.id);
    if (by.read === undefined) {
      p.add(at, `source ${doc.id} is cited by ${by.id}, which was not read either`);
      return null;
    }
    return by.text;
  }

  function evidence(ref: EvidenceRef, p: Problems, at: string): Evidence | null {
    const doc = byId.get(ref.source);
    if (!doc) {
      p.add(`${at}.source`, `no source document ${ref.source} (src/data/sources/${ref.source}.txt)`);
      return null;
    }
    used.add(doc.id);
    const text = textFor(doc, p, `${at}.source`);
    if (text === null) return null;
    if (!textContains(text, ref.quote)) {
      const where = doc.read !== undefined ? `the text of ${doc.id}` : `${doc.citedBy}, which cites ${doc.id}`;
      p.add(`${at}.quote`, `not found in ${where}`);
      return null;
    }
    return {
      url: doc.url,
      publisher: doc.publisher,
      ...(doc.publisherNl ? { publisherNl: doc.publisherNl } : {}),
      kind: doc.kind,
      date: doc.date,
      quote: ref.quote,
      lang: ref.lang ?? doc.lang,
      source: doc.id,
      verification: verificationOf(doc, byId),
    };
  }

  function resolve(file: ValidOperationFile, p: Problems): Operation | undefined {
    const before = p.list.length;
    const ev = (ref: EvidenceRef, at: string) => evidence(ref, p, at);

    const sources: Source[] = [];
    file.sources.forEach((s, i) => {
      const doc = byId.get(s);
      if (!doc) return p.add(`sources[${i}]`, `no source document ${s} (src/data/sources/${s}.txt)`);
      used.add(doc.id);
      if (doc.citedBy) used.add(doc.citedBy);
      sources.push(sourceOf(doc, byId));
    });

    const policeMessages = file.policeMessages.map((m, i) => {
      const at = `policeMessages[${i}]`;
      const source = ev(m.source, `${at}.source`);
      if (!source) return null;
      if (!textContains(source.quote, m.text))
        p.add(`${at}.text`, 'the police words are not in the quote of their source');
      const doc = byId.get(source.source);
      const { verbatim } = m;
      if (doc && verbatim && !readInOwnText(doc)) {
        p.add(
          `${at}.verbatim`,
          `${doc.id} is not the authority's own text as read (an official source, read at its address, in an archive or in a reproduction that says so): set verbatim to false`,
        );
      }
      return { ...m, source, verbatim };
    });

    const numbers = file.numbers.map((n, i) => {
      if (!n.by) return { label: n.label, value: n.value };
      const by = ev(n.by, `numbers[${i}].by`);
      return by ? { ...n, by } : null;
    });

    const domains = file.domains.map((d, i) => {
      const at = `domains[${i}]`;
      const history = d.history.map((step, j) => {
        const evidence = step.evidence.map((e, k) => ev(e, `${at}.history[${j}].evidence[${k}]`));
        return { ...step, evidence: evidence.filter((e): e is Evidence => e !== null) };
      });
      const basis = basisStep(d.history);
      if (!basis) {
        p.add(
          `${at}.history`,
          'no step says what the platform did with the domain (used, seized, offline or suspected-relaunch)',
        );
      } else {
        const basisDocs = basis.evidence
          .map((e) => byId.get(e.source))
          .filter((x): x is SourceDocument => x !== undefined);
        const earned = earnedConfidence(basisDocs, byId);
        if (exceeds(d.confidence, earned.confidence)) {
          p.add(
            `${at}.confidence`,
            `${d.domain} claims ${d.confidence}, but its evidence earns ${earned.confidence} (${describeReason(earned.reason)}); high needs an official source that was read, or two reports from independent publishers that were read`,
          );
        } else if (exceeds(earned.confidence, d.confidence)) {
          // The rule cuts both ways: a domain shown as less sure than its evidence is a wrong listing too.
          p.add(
            `${at}.confidence`,
            `${d.domain} claims ${d.confidence}, but its evidence earns ${earned.confidence} (${describeReason(earned.reason)}); claim what the evidence earns`,
          );
        }
      }
      return { ...d, history };
    });

    if (p.list.length > before) return undefined;
    return {
      ...file,
      sources,
      policeMessages: policeMessages as Operation['policeMessages'],
      numbers: numbers as Operation['numbers'],
      domains,
    };
  }

  return {
    resolve,
    unused: () => docs.filter((d) => !used.has(d.id)).map((d) => d.id),
  };
}

function describeReason(reason: string): string {
  return (
    {
      official: 'an official source was read',
      'independent-reports': 'two independent reports were read',
      'one-report': 'one report was read',
      'community-sources': 'only community sources were read',
      'one-community-source': 'only one community source was read',
      'not-read': 'no source that names it was read',
    }[reason] ?? reason
  );
}
