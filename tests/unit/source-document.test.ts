// Source documents: the header says who published what and how we know it; the text keeps what was read.
import { describe, expect, it } from 'vitest';
import {
  normaliseForQuote,
  parseSourceDocument,
  sourceDocumentText,
  textContains,
} from '../../src/pipeline/source-document.ts';
import { releaseText } from './fixtures/operation.ts';

const READ = releaseText(['example-forum.test']);
const CITED = [
  'title: Press release',
  'url: https://www.justice.gov/opa/pr/x',
  'publisher: U.S. Department of Justice',
  'kind: official',
  'date: 2026-03-04',
  'lang: en',
  'cited-by: example-release',
  '',
].join('\n');

describe('parseSourceDocument', () => {
  it('reads a source that was read, and writes it back the same', () => {
    const parsed = parseSourceDocument('example-release.txt', READ);
    expect(parsed.ok && parsed.doc).toMatchObject({
      id: 'example-release',
      kind: 'official',
      read: '2026-11-25',
      via: 'stored copy of the page',
      publisher: 'Politie',
    });
    expect(parsed.ok && sourceDocumentText(parsed.doc)).toBe(READ);
  });

  it('reads a source only seen cited', () => {
    const parsed = parseSourceDocument('doj.txt', CITED);
    expect(parsed.ok && parsed.doc).toMatchObject({ id: 'doj', citedBy: 'example-release', text: '' });
    expect(parsed.ok && parsed.doc.read).toBeUndefined();
  });

  const without = (text: string, field: string) =>
    text
      .split('\n')
      .filter((l) => !l.startsWith(`${field}:`))
      .join('\n');
  it.each<[string, string, string, string]>([
    ['no publisher', 'x.txt', without(READ, 'publisher'), 'sources/x.txt: publisher: missing field'],
    [
      'an unknown kind',
      'x.txt',
      READ.replace('kind: official', 'kind: blog'),
      'sources/x.txt: kind: must be one of official, report, community, lookup',
    ],
    [
      'neither read nor cited',
      'x.txt',
      without(without(READ, 'read'), 'via'),
      'sources/x.txt: read: say when the text was read (read: YYYY-MM-DD, via: how), or which source cites it (cited-by: id)',
    ],
    [
      'read without saying where',
      'x.txt',
      without(READ, 'via'),
      'sources/x.txt: via: say where the text was read (a stored copy, a mirror at a commit, …)',
    ],
    [
      'read with no text kept',
      'x.txt',
      READ.split('\n\n')[0],
      'sources/x.txt: (text): a read source keeps the passages that were read, below the header',
    ],
    [
      'cited with a text of its own',
      'x.txt',
      `${CITED}\nSome text.`,
      'sources/x.txt: (text): a source only seen cited has no text of its own: quote it from the source that cites it',
    ],
    [
      'both read and cited',
      'x.txt',
      READ.replace('kind: official', 'kind: official\ncited-by: other'),
      'sources/x.txt: cited-by: a source is either read or only cited, not both',
    ],
    [
      'a javascript: URL',
      'x.txt',
      READ.replace('url: https://example.org/nieuws', 'url: javascript:alert(1)'),
      'sources/x.txt: url: must be an http or https URL',
    ],
    [
      'a URL with a backslash (a copying slip the URL parser would turn into another address)',
      'x.txt',
      READ.replace('url: https://example.org/nieuws', "url: https://example.org/it\\'s"),
      'sources/x.txt: url: must be an http or https URL',
    ],
    ['a file name that is not an id', 'X Y.txt', READ, 'sources/X Y.txt: (file): name must be <kebab-case id>.txt'],
    [
      'a reproduction that does not say so',
      'x.txt',
      READ.replace('via: stored copy of the page', 'via: reproduction\nread-at: https://news.example/copy'),
      'sources/x.txt: reproduction-note: read-at is not an archive: quote the words of the copy that say it reproduces this source verbatim',
    ],
    [
      'a reproduction note not in the text',
      'x.txt',
      READ.replace(
        'via: stored copy of the page',
        'via: reproduction\nread-at: https://news.example/copy\nreproduction-note: Bron: Politie',
      ),
      'sources/x.txt: reproduction-note: not found in the text: quote the words of the reproduction that say what it reproduces',
    ],
    [
      'an unknown field',
      'x.txt',
      READ.replace('lang: nl', 'lang: nl\nauthor: someone'),
      'sources/x.txt: author: unknown field',
    ],
    [
      'a field given twice',
      'x.txt',
      READ.replace('lang: nl', 'lang: nl\nlang: en'),
      'sources/x.txt: lang: given twice',
    ],
  ])('rejects %s', (_name, file, text, expected) => {
    const parsed = parseSourceDocument(file, text);
    expect(parsed.ok ? [] : parsed.problems).toContain(expected);
  });

  it('accepts an archived copy without a reproduction note, and a reproduction that says what it is', () => {
    expect(
      parseSourceDocument(
        'x.txt',
        READ.replace(
          'via: stored copy of the page',
          'via: archive\nread-at: https://web.archive.org/web/2020/https://example.org/nieuws',
        ),
      ).ok,
    ).toBe(true);
    const reproduced = `${READ.replace('via: stored copy of the page', 'via: reproduction\nread-at: https://news.example/copy\nreproduction-note: Bron: Politie')}Bron: Politie\n`;
    expect(parseSourceDocument('x.txt', reproduced)).toMatchObject({ ok: true });
  });
});

describe('finding a quote in a text', () => {
  it.each<[string, string, boolean]>([
    ['The domain leakbase.la was seized.', 'the domain leakbase.la was seized', true],
    ['“All forum content, and IP logs,” the banner reads.', 'All forum content, and IP logs.', true],
    ['A  line\nbreak inside', 'a line break inside', true],
    ['It’s gone – for good', "It's gone - for good", true],
    ['The domain leakbase.la was seized.', 'The domain leakbase.io was seized.', false],
    ['Webstresser, de website die je gebruikt', 'Webstresser, de website', true],
    ['Webstresser, de website', 'Webstresser, de website die je gebruikt', false],
    ['anything', '', false],
  ])('%j contains %j: %s', (text, quote, expected) => {
    expect(textContains(text, quote)).toBe(expected);
  });

  it('normalises only what varies between copies', () => {
    expect(normaliseForQuote('“A  quote” – here')).toBe('"a quote" - here');
  });
});

describe('publisher-nl', () => {
  const withPublisher = (publisher: string, nl?: string) =>
    READ.replace(/^publisher: .*$/m, `publisher: ${publisher}${nl ? `\npublisher-nl: ${nl}` : ''}`);

  it('is required when the publisher says more than a name, in English words', () => {
    for (const publisher of [
      'kyousefi.com (personal blog)',
      'Reuters via Dunya News',
      'ZIT and BKA',
      'The Daily Hodl, as carried by beeeye.xyz',
    ]) {
      const parsed = parseSourceDocument('x.txt', withPublisher(publisher));
      expect(parsed.ok, publisher).toBe(false);
      if (!parsed.ok)
        expect(parsed.problems.join('\n')).toMatch(/publisher-nl: missing: .* says more than a name; give it in Dutch/);
    }
    expect(parseSourceDocument('x.txt', withPublisher('The Hacker News')).ok).toBe(true);
  });

  it('is read and kept in the canonical text', () => {
    const parsed = parseSourceDocument(
      'x.txt',
      withPublisher('kyousefi.com (personal blog)', 'kyousefi.com (persoonlijke blog)'),
    );
    expect(parsed.ok && parsed.doc.publisherNl).toBe('kyousefi.com (persoonlijke blog)');
    if (parsed.ok)
      expect(sourceDocumentText(parsed.doc)).toContain(
        'publisher: kyousefi.com (personal blog)\npublisher-nl: kyousefi.com (persoonlijke blog)\n',
      );
  });
});
