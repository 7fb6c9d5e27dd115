import { describe, expect, it } from 'vitest';
import type { OperationFile as Operation } from '../../src/core/dataset-types.ts';
import { validateOperation } from '../../src/pipeline/validate-operation.ts';
import { validOperation } from './fixtures/operation.ts';

type Mutation = (op: Operation & Record<string, unknown>) => void;

describe('validateOperation', () => {
  it('accepts a complete operation', () => {
    expect(validateOperation('example-forum.json', validOperation())).toEqual([]);
  });

  // Each row breaks one thing; the error must name the file, the field and the reason.
  it.each<[string, Mutation, string]>([
    [
      'missing Dutch text',
      (op) => {
        delete (op.summary as Partial<Operation['summary']>).nl;
      },
      'example-forum.json: summary.nl: missing translation (nl)',
    ],
    [
      'empty English text',
      (op) => {
        op.kind.en = ' ';
      },
      'example-forum.json: kind.en: missing translation (en)',
    ],
    [
      'missing translation of a police quote',
      (op) => {
        op.policeMessages[0].translations = {};
      },
      'example-forum.json: policeMessages[0].translations.en: missing or empty text',
    ],
    [
      'invalid host name',
      (op) => {
        op.domains[0].domain = 'leak base.la';
      },
      'example-forum.json: domains[0].domain: "leak base.la" is not a valid host name (not a bare host name)',
    ],
    [
      'non-canonical host name',
      (op) => {
        op.domains[0].domain = 'Example-Forum.test';
      },
      'example-forum.json: domains[0].domain: "Example-Forum.test" is not canonical; write "example-forum.test"',
    ],
    [
      'single-label name',
      (op) => {
        op.domains[0].domain = 'localhost';
        op.domains[0].history[0].evidence[0].quote = 'localhost';
      },
      'example-forum.json: domains[0].domain: "localhost" is a single-label name',
    ],
    [
      'duplicate domain',
      (op) => {
        op.domains.push(structuredClone(op.domains[0]));
      },
      'example-forum.json: domains[1].domain: duplicate domain example-forum.test',
    ],
    [
      'entry without evidence',
      (op) => {
        op.domains[0].history[0].evidence = [];
      },
      'example-forum.json: domains[0].history[0].evidence: no evidence: every step needs a source that names the domain',
    ],
    [
      'entry without history',
      (op) => {
        op.domains[0].history = [];
      },
      'example-forum.json: domains[0].history: must not be empty',
    ],
    [
      'evidence that does not name the domain',
      (op) => {
        op.domains[0].history[0].evidence[0].quote = 'The forum was seized.';
      },
      'example-forum.json: domains[0].history[0].evidence[0].quote: the quote does not name example-forum.test',
    ],
    [
      'evidence naming only a longer name',
      (op) => {
        op.domains[0].history[0].evidence[0].quote = 'www.example-forum.test.evil was seized';
      },
      'example-forum.json: domains[0].history[0].evidence[0].quote: the quote does not name example-forum.test',
    ],
    [
      'evidence naming no source document',
      (op) => {
        op.domains[0].history[0].evidence[0].source = 'https://example.org/x';
      },
      'example-forum.json: domains[0].history[0].evidence[0].source: must be the id of a source document (src/data/sources/<id>.txt)',
    ],
    [
      'a source that is not a document id',
      (op) => {
        op.sources[0] = 'javascript:alert(1)';
      },
      'example-forum.json: sources[0]: must be the id of a source document (src/data/sources/<id>.txt)',
    ],
    [
      'police words without saying whether they are verbatim',
      (op) => {
        delete (op.policeMessages[0] as Partial<Operation['policeMessages'][0]>).verbatim;
      },
      "example-forum.json: policeMessages[0].verbatim: must be true (read in the authority's own text) or false (as another publisher quotes it)",
    ],
    [
      'unknown status',
      (op) => {
        (op.domains[0].history[0] as { status: string }).status = 'gone';
      },
      'example-forum.json: domains[0].history[0].status: must be one of used, seized, offline, lapsed, re-registered, suspected-relaunch',
    ],
    [
      'unknown confidence',
      (op) => {
        (op.domains[0] as { confidence: string }).confidence = 'certain';
      },
      'example-forum.json: domains[0].confidence: must be one of high, medium, low',
    ],
    [
      'bad last-checked date',
      (op) => {
        op.domains[0].lastChecked = '25-11-2026';
      },
      'example-forum.json: domains[0].lastChecked: not a date (YYYY-MM-DD)',
    ],
    [
      'history out of order',
      (op) => {
        op.domains[0].history.push({ ...structuredClone(op.domains[0].history[0]), date: '2020-01-01' });
      },
      'example-forum.json: domains[0].history[1].date: history must be in date order, oldest first',
    ],
    [
      'file name not the id',
      (op) => {
        op.id = 'other';
      },
      'example-forum.json: id: file name must be other.json',
    ],
    [
      'id not kebab-case',
      (op) => {
        op.id = 'Example_Forum';
      },
      'example-forum.json: id: must be a kebab-case id',
    ],
    [
      'unknown field',
      (op) => {
        op.extra = 1;
      },
      'example-forum.json: extra: unknown field',
    ],
    [
      'missing field',
      (op) => {
        delete (op as Record<string, unknown>).sources;
      },
      'example-forum.json: sources: missing field',
    ],
    [
      'no sources',
      (op) => {
        op.sources = [];
      },
      'example-forum.json: sources: must not be empty',
    ],
    [
      'bad country code',
      (op) => {
        op.countries = ['Netherlands'];
      },
      'example-forum.json: countries[0]: not an ISO 3166 country code',
    ],
    [
      'dates reversed',
      (op) => {
        op.dates = { from: '2026-03-04', to: '2026-03-03' };
      },
      'example-forum.json: dates.to: is before dates.from',
    ],
    [
      'quote language missing',
      (op) => {
        op.policeMessages[0].lang = 'Dutch';
      },
      'example-forum.json: policeMessages[0].lang: not a language code (two lower-case letters)',
    ],
  ])('%s', (_name, mutate, expected) => {
    const op = structuredClone(validOperation()) as Operation & Record<string, unknown>;
    mutate(op);
    expect(validateOperation('example-forum.json', op)).toContain(expected);
  });

  it('accepts a defanged name in a quote', () => {
    const op = validOperation();
    op.domains[0].history[0].evidence[0].quote = 'operated via example-forum[.]test until it was seized';
    expect(validateOperation('example-forum.json', op)).toEqual([]);
  });

  it.each([null, [], 'text', 42])('rejects a top level that is not an object (%j)', (value) => {
    expect(validateOperation('x.json', value)).toEqual(['x.json: (top level): must be a JSON object']);
  });
});
