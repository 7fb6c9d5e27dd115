// A source document (src/data/sources/<id>.txt): who published what, when, how we know what it says,
// and the passages we read, so the build can find every quote in the text it is attributed to.
// Pure: the caller reads the file; this parses and checks its text.
//
//   title: FBI and Europol Seize LeakBase Forum Used to Trade Stolen Credentials
//   url: https://thehackernews.com/2026/03/fbi-and-europol-seize-leakbase-forum.html
//   publisher: The Hacker News
//   kind: report
//   date: 2026-03-05
//   lang: en
//   read: 2026-11-30
//   via: GitHub mirror gtcode-dot-com/l, hugo-site/content/…/index.md at f526211
//
//   Those attempting to access the forum's website ("leakbase[.]la") are now greeted …
//
// A source only seen cited says `cited-by: <id of the source that cites it>` instead of read/via and has no text.
import { SOURCE_KINDS, type Source, type SourceKind } from '../core/dataset-types.ts';

/** The fields the compiled list carries (`Source`), then how the text was read, as the file says it. */
export interface SourceDocument extends Omit<Source, 'verification'> {
  /** Date the text below was read; absent for a source only seen cited. */
  read?: string;
  /** Where and how it was read (a stored copy, a mirror at a commit, a reproduction). */
  via?: string;
  /** Another address where the text was read: a verbatim reproduction (see reproductionNote) or an archived copy. */
  readAt?: string;
  /** Words in the text read at readAt that say it reproduces this source verbatim. */
  reproductionNote?: string;
  /** The id of a read source that cites this one. */
  citedBy?: string;
  /** The id of a source this one retells (the same story, not independent of it). */
  sameStoryAs?: string;
  /** For maintainers: anything a reader of the file should know (a title taken from the address, …). */
  note?: string;
  /** The passages read, as read; empty for a source only seen cited. */
  text: string;
}

const KEYS = [
  'title',
  'url',
  'publisher',
  'publisher-nl',
  'kind',
  'date',
  'lang',
  'read',
  'via',
  'read-at',
  'reproduction-note',
  'cited-by',
  'same-story-as',
  'note',
] as const;
type Key = (typeof KEYS)[number];
const REQUIRED: Key[] = ['title', 'url', 'publisher', 'kind', 'date', 'lang'];
export const SOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A publisher that says more than a name, in English words (a note in brackets, "and", "via", "as carried by"):
 * the Dutch interface needs it in Dutch.
 * @example isDescriptivePublisher('kyousefi.com (personal blog)') // true
 * @example isDescriptivePublisher('The Hacker News') // false
 */
export function isDescriptivePublisher(publisher: string): boolean {
  return (
    publisher.includes('(') || /\b(and|via|with|as carried by|as mirrored by|republished|reposted)\b/i.test(publisher)
  );
}

function isWebUrl(value: string): boolean {
  // A backslash or a space is a copying slip: the URL parser would quietly turn them into another address.
  if (/[\\\s]/.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Archives keep a page as it was; any other address where a text was read must say it reproduces it. */
export function isArchiveCopy(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return ['web.archive.org', 'archive.org', 'archive.ph', 'archive.today', 'archive.is', 'archive.md'].some(
      (a) => host === a || host.endsWith(`.${a}`),
    );
  } catch {
    return false;
  }
}

/**
 * Quotes are compared after these harmless differences are removed: runs of white space, typographic
 * quotes and apostrophes, dashes and non-breaking spaces vary between copies of the same text.
 * @example normaliseForQuote('“A  quote” – here') // '"a quote" - here'
 */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * True when `quote` occurs in `text`, up to the differences normaliseForQuote removes and a final punctuation
 * mark (a sentence quoted inside another often ends in a comma instead of a full stop).
 */
export function textContains(text: string, quote: string): boolean {
  const needle = normaliseForQuote(quote).replace(/[.,;:!?]+$/, '');
  return needle.length > 0 && normaliseForQuote(text).includes(needle);
}

export type ParsedSource = { ok: true; doc: SourceDocument } | { ok: false; problems: string[] };

/** Parses and checks one source file; every problem names the file, the field and the reason. */
export function parseSourceDocument(fileName: string, content: string): ParsedSource {
  const problems: string[] = [];
  const add = (field: string, reason: string) => problems.push(`sources/${fileName}: ${field}: ${reason}`);
  const id = fileName.replace(/\.txt$/, '');
  if (!fileName.endsWith('.txt') || !SOURCE_ID.test(id)) add('(file)', 'name must be <kebab-case id>.txt');

  const lines = content.replace(/\r\n/g, '\n').split('\n');
  const fields = new Map<Key, string>();
  let i = 0;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const m = /^([a-z-]+):\s?(.*)$/.exec(lines[i]);
    if (!m) {
      add(`line ${i + 1}`, 'expected "field: value" (the header ends at the first blank line)');
      continue;
    }
    const key = m[1] as Key;
    if (!(KEYS as readonly string[]).includes(key)) add(key, 'unknown field');
    else if (fields.has(key)) add(key, 'given twice');
    else if (m[2].trim() === '') add(key, 'empty value');
    else fields.set(key, m[2].trim());
  }
  const text = lines.slice(i).join('\n').trim();
  for (const key of REQUIRED) if (!fields.has(key)) add(key, 'missing field');

  const get = (key: Key) => fields.get(key);
  const url = get('url');
  if (url !== undefined && !isWebUrl(url)) add('url', 'must be an http or https URL');
  const kind = get('kind');
  if (kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(kind))
    add('kind', `must be one of ${SOURCE_KINDS.join(', ')}`);
  const date = get('date');
  if (date !== undefined && !DATE.test(date)) add('date', 'not a date (YYYY-MM-DD or YYYY-MM)');
  const lang = get('lang');
  if (lang !== undefined && !/^[a-z]{2}$/.test(lang)) add('lang', 'not a language code (two lower-case letters)');

  const read = get('read');
  const citedBy = get('cited-by');
  if (read === undefined && citedBy === undefined)
    add('read', 'say when the text was read (read: YYYY-MM-DD, via: how), or which source cites it (cited-by: id)');
  if (read !== undefined && citedBy !== undefined) add('cited-by', 'a source is either read or only cited, not both');
  if (read !== undefined) {
    if (!FULL_DATE.test(read)) add('read', 'not a date (YYYY-MM-DD)');
    if (!get('via')) add('via', 'say where the text was read (a stored copy, a mirror at a commit, …)');
    if (text === '') add('(text)', 'a read source keeps the passages that were read, below the header');
  }
  if (citedBy !== undefined) {
    if (!SOURCE_ID.test(citedBy)) add('cited-by', 'must be a source id');
    if (citedBy === id) add('cited-by', 'a source cannot cite itself');
    if (text !== '')
      add('(text)', 'a source only seen cited has no text of its own: quote it from the source that cites it');
    for (const key of ['via', 'read-at', 'reproduction-note'] as const)
      if (fields.has(key)) add(key, 'only for a read source');
  }
  const readAt = get('read-at');
  if (readAt !== undefined && !isWebUrl(readAt)) add('read-at', 'must be an http or https URL');
  const note = get('reproduction-note');
  if (note !== undefined && readAt === undefined)
    add('reproduction-note', 'only with read-at (the address of the reproduction)');
  if (readAt !== undefined && note === undefined && !isArchiveCopy(readAt)) {
    add(
      'reproduction-note',
      'read-at is not an archive: quote the words of the copy that say it reproduces this source verbatim',
    );
  }
  if (note !== undefined && !textContains(text, note))
    add('reproduction-note', 'not found in the text: quote the words of the reproduction that say what it reproduces');
  const same = get('same-story-as');
  if (same !== undefined && (!SOURCE_ID.test(same) || same === id))
    add('same-story-as', 'must be the id of another source');
  const publisher = get('publisher');
  if (publisher !== undefined && isDescriptivePublisher(publisher) && !fields.has('publisher-nl')) {
    add('publisher-nl', `missing: "${publisher}" says more than a name; give it in Dutch for the Dutch interface`);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    doc: {
      id,
      title: get('title')!,
      url: url!,
      publisher: publisher!,
      publisherNl: get('publisher-nl'),
      kind: kind as SourceKind,
      date: date!,
      lang: lang!,
      read,
      via: get('via'),
      readAt,
      reproductionNote: note,
      citedBy,
      sameStoryAs: same,
      note: get('note'),
      text,
    },
  };
}

/** The file text for a document: the inverse of parseSourceDocument (used by the formatter and tests). */
export function sourceDocumentText(doc: SourceDocument): string {
  const header: [Key, string | undefined][] = [
    ['title', doc.title],
    ['url', doc.url],
    ['publisher', doc.publisher],
    ['publisher-nl', doc.publisherNl],
    ['kind', doc.kind],
    ['date', doc.date],
    ['lang', doc.lang],
    ['read', doc.read],
    ['via', doc.via],
    ['read-at', doc.readAt],
    ['reproduction-note', doc.reproductionNote],
    ['cited-by', doc.citedBy],
    ['same-story-as', doc.sameStoryAs],
    ['note', doc.note],
  ];
  const head = header
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return doc.text === '' ? `${head}\n` : `${head}\n\n${doc.text}\n`;
}
