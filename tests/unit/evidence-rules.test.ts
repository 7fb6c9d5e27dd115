// The evidence rules: confidence is earned by sources that were read and name the domain; quotes must be
// in the text they are attributed to; police words are verbatim only when read in the authority's own text.
import { describe, expect, it } from 'vitest';
import { canonicalText, compileDataset, type SourceFile } from '../../src/pipeline/compile-dataset.ts';
import type { Confidence, OperationFile } from '../../src/core/dataset-types.ts';
import { basisStep, earnedConfidence } from '../../src/pipeline/evidence-rules.ts';
import { parseSourceDocument, type SourceDocument } from '../../src/pipeline/source-document.ts';
import { releaseText, validOperation } from './fixtures/operation.ts';

const DOMAIN = 'example-forum.test';

function source(
  id: string,
  fields: { kind?: string; publisher?: string; read?: boolean; citedBy?: string; sameStoryAs?: string; text?: string },
): SourceFile {
  const lines = [
    `title: ${id}`,
    `url: https://${id}.example/article`,
    `publisher: ${fields.publisher ?? id}`,
    `kind: ${fields.kind ?? 'report'}`,
    'date: 2026-03-05',
    'lang: en',
    ...(fields.citedBy ? [`cited-by: ${fields.citedBy}`] : ['read: 2026-11-30', 'via: stored copy']),
    ...(fields.sameStoryAs ? [`same-story-as: ${fields.sameStoryAs}`] : []),
  ];
  const text = fields.citedBy ? '' : `\n\n${fields.text ?? `Police seized ${DOMAIN} this week.`}`;
  return { name: `${id}.txt`, text: `${lines.join('\n')}${text}\n` };
}

const docs = (files: SourceFile[]): SourceDocument[] =>
  files.map((f) => {
    const parsed = parseSourceDocument(f.name, f.text);
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    return parsed.doc;
  });

describe('earnedConfidence', () => {
  it.each<[string, SourceFile[], Confidence, string]>([
    ['an official source that was read', [source('europol', { kind: 'official' })], 'high', 'official'],
    ['two reports from independent publishers', [source('a', {}), source('b', {})], 'high', 'independent-reports'],
    [
      'two reports from one publisher',
      [source('a', { publisher: 'Same' }), source('b', { publisher: 'Same' })],
      'medium',
      'one-report',
    ],
    [
      'two reports, one retelling the other',
      [source('a', {}), source('b', { sameStoryAs: 'a' })],
      'medium',
      'one-report',
    ],
    ['one report', [source('a', {})], 'medium', 'one-report'],
    [
      'two independent community lists',
      [source('a', { kind: 'community' }), source('b', { kind: 'community' })],
      'medium',
      'community-sources',
    ],
    ['one community list', [source('a', { kind: 'community' })], 'low', 'one-community-source'],
    ['an official source only seen cited', [source('doj', { kind: 'official', citedBy: 'a' })], 'low', 'not-read'],
    ['our own lookup', [source('rdap', { kind: 'lookup' })], 'low', 'not-read'],
  ])('%s earns %s', (_name, files, confidence, reason) => {
    const all = docs(files);
    expect(earnedConfidence(all, new Map(all.map((d) => [d.id, d])))).toEqual({ confidence, reason });
  });

  it('rests on the latest step that says what the platform did, not on a later lapse', () => {
    const steps = [
      { date: '2020', status: 'used' as const, evidence: [1] },
      { date: '2021', status: 'seized' as const, evidence: [2] },
      { date: '2025', status: 'lapsed' as const, evidence: [3] },
    ];
    expect(basisStep(steps)?.evidence).toEqual([2]);
  });
});

/** Compiles one operation whose single domain rests on `evidence`, with these source documents. */
function compileWith(files: SourceFile[], change: (op: OperationFile) => void) {
  const op = validOperation('example-forum', [DOMAIN]);
  change(op);
  return compileDataset([{ name: 'example-forum.json', text: canonicalText(op) }], {
    neverFlag: [],
    today: '2026-11-25',
    sources: [{ name: 'example-release.txt', text: releaseText([DOMAIN]) }, ...files],
  });
}

const evidence =
  (...ids: string[]) =>
  (op: OperationFile) => {
    op.domains[0].history[0].evidence = ids.map((id) => ({ source: id, quote: `Police seized ${DOMAIN} this week.` }));
    op.sources.push(...ids);
  };

describe('the build checks the evidence rules', () => {
  it('accepts high on two independent reports', () => {
    expect(compileWith([source('a', {}), source('b', {})], evidence('a', 'b')).errors).toEqual([]);
  });

  it('fails with file, field and reason when a domain claims more than its evidence earns', () => {
    expect(compileWith([source('a', {})], evidence('a')).errors).toEqual([
      `example-forum.json: domains[0].confidence: ${DOMAIN} claims high, but its evidence earns medium (one report was read); high needs an official source that was read, or two reports from independent publishers that were read`,
    ]);
  });

  it('fails when a domain claims less than its evidence earns: the rule cuts both ways', () => {
    expect(
      compileWith([source('a', {})], (op) => {
        evidence('a')(op);
        op.domains[0].confidence = 'low';
      }).errors,
    ).toEqual([
      expect.stringMatching(
        /claims low, but its evidence earns medium \(one report was read\); claim what the evidence earns$/,
      ),
    ]);
  });

  it('fails when a quote is not in the text of its source', () => {
    const result = compileWith(
      [source('a', { text: 'Police seized a forum this week.' }), source('b', {})],
      evidence('a', 'b'),
    );
    expect(result.errors).toContain(
      'example-forum.json: domains[0].history[0].evidence[0].quote: not found in the text of a',
    );
  });

  it('finds the quote of a source only seen cited in the source that cites it, and counts it as not read', () => {
    const files = [
      source('doj', { kind: 'official', citedBy: 'a' }),
      source('a', { text: `The DOJ said it seized ${DOMAIN}. Police seized ${DOMAIN} this week.` }),
    ];
    const result = compileWith(files, (op) => {
      op.domains[0].history[0].evidence = [{ source: 'doj', quote: `it seized ${DOMAIN}` }];
      op.sources.push('doj');
    });
    expect(result.errors).toEqual([
      `example-forum.json: domains[0].confidence: ${DOMAIN} claims high, but its evidence earns low (no source that names it was read); high needs an official source that was read, or two reports from independent publishers that were read`,
    ]);
    const missing = compileWith([source('doj', { kind: 'official', citedBy: 'a' }), source('a', {})], (op) => {
      op.domains[0].history[0].evidence = [{ source: 'doj', quote: `it seized ${DOMAIN}` }];
      op.domains[0].confidence = 'low';
      op.sources.push('doj');
    });
    expect(missing.errors).toContain(
      'example-forum.json: domains[0].history[0].evidence[0].quote: not found in a, which cites doj',
    );
  });

  it('fails on evidence naming a source document that does not exist', () => {
    expect(compileWith([], evidence('nowhere')).errors).toContain(
      'example-forum.json: domains[0].history[0].evidence[0].source: no source document nowhere (src/data/sources/nowhere.txt)',
    );
  });

  it('fails on a source document no operation uses', () => {
    expect(compileWith([source('stray', {})], () => undefined).errors).toEqual([
      'sources/stray.txt: (file): no operation uses this source',
    ]);
  });

  it("calls police words verbatim only when read in the authority's own text", () => {
    const quoting = source('news', { text: 'The banner reads: "Handel in gestolen data is strafbaar."' });
    const asQuoted = (verbatim: boolean) => (op: OperationFile) => {
      op.policeMessages[0].source = { source: 'news', quote: 'Handel in gestolen data is strafbaar.' };
      op.policeMessages[0].verbatim = verbatim;
      op.sources.push('news');
    };
    expect(compileWith([quoting], asQuoted(true)).errors).toEqual([
      "example-forum.json: policeMessages[0].verbatim: news is not the authority's own text as read (an official source, read at its address, in an archive or in a reproduction that says so): set verbatim to false",
    ]);
    expect(compileWith([quoting], asQuoted(false)).errors).toEqual([]);
  });

  it('fails when the police words are not in the quote of their source', () => {
    const result = compileWith([], (op) => {
      op.policeMessages[0].text = 'Handel in gestolen data is strafbaar en dom.';
    });
    expect(result.errors).toEqual([
      'example-forum.json: policeMessages[0].text: the police words are not in the quote of their source',
    ]);
  });

  it('carries how each source was verified into the compiled list', () => {
    const files = [
      source('doj', { kind: 'official', citedBy: 'a' }),
      source('a', { text: `The DOJ said it seized ${DOMAIN}. Police seized ${DOMAIN} this week.` }),
      source('b', {}),
    ];
    const result = compileWith(files, (op) => {
      evidence('a', 'b')(op);
      op.sources.push('doj');
    });
    expect(result.errors).toEqual([]);
    const op = result.dataset!.operations[0];
    expect(op.sources.find((s) => s.id === 'doj')?.verification).toEqual({
      citedBy: { id: 'a', url: 'https://a.example/article', publisher: 'a' },
    });
    expect(op.domains[0].history[0].evidence[0]).toMatchObject({
      source: 'a',
      kind: 'report',
      verification: { read: '2026-11-30', via: 'stored copy' },
    });
  });
});
