import { describe, expect, it } from 'vitest';
import { canonicalText, compileDataset, type SourceFile } from '../../src/pipeline/compile-dataset.ts';
import type { OperationFile as Operation } from '../../src/core/dataset-types.ts';
import { fixtureSources, validOperation } from './fixtures/operation.ts';

const file = (op: Operation, name = `${op.id}.json`): SourceFile => ({ name, text: canonicalText(op) });
// One release that names every domain these tests list, so each fixture's evidence resolves.
const NAMED = [
  'alpha.test',
  'www.alpha.test',
  'beta.test',
  'example-forum.test',
  'politie.nl',
  'check.politie.nl',
  'ic3.gov',
  'same.test',
  'a.test',
  'b.test',
  'github.io',
  'good.test',
];
const options = {
  neverFlag: [
    { host: 'politie.nl', reason: 'police' },
    { host: 'raccoon.ic3.gov', reason: 'victim check' },
  ],
  today: '2026-11-25',
  sources: fixtureSources(NAMED),
};

describe('compileDataset', () => {
  it('builds the domain index and the list date from valid files', () => {
    const a = validOperation('alpha', ['alpha.test', 'www.alpha.test']);
    const b = validOperation('beta', ['beta.test']);
    b.domains[0].lastChecked = '2026-11-26';
    const result = compileDataset([file(b), file(a)], options);
    expect(result.errors).toEqual([]);
    expect(result.dataset?.date).toBe('2026-11-26');
    expect(result.dataset?.operations.map((o) => o.id)).toEqual(['alpha', 'beta']);
    expect(result.dataset?.domains).toEqual({
      'alpha.test': { operation: 'alpha', status: 'seized', confidence: 'high' },
      'beta.test': { operation: 'beta', status: 'seized', confidence: 'high' },
      'www.alpha.test': { operation: 'alpha', status: 'seized', confidence: 'high' },
    });
  });

  it('uses the last history step as the current status', () => {
    const op = validOperation();
    op.domains[0].history.push({
      date: '2026-06-01',
      status: 're-registered',
      evidence: op.domains[0].history[0].evidence,
    });
    expect(compileDataset([file(op)], options).dataset?.domains['example-forum.test'].status).toBe('re-registered');
  });

  it.each<[string, () => SourceFile[], string]>([
    [
      'a domain on the never-flag list',
      () => [file(validOperation('x', ['politie.nl']))],
      'x.json: domains[0].domain: politie.nl is on the never-flag list (politie.nl: police)',
    ],
    [
      'a subdomain of a never-flag domain',
      () => [file(validOperation('x', ['check.politie.nl']))],
      'x.json: domains[0].domain: check.politie.nl is on the never-flag list (politie.nl: police)',
    ],
    [
      'a parent of a never-flag domain',
      () => [file(validOperation('x', ['ic3.gov']))],
      'x.json: domains[0].domain: listing ic3.gov would flag raccoon.ic3.gov, which is on the never-flag list (victim check)',
    ],
    [
      'a duplicate across operations',
      () => [file(validOperation('x', ['same.test'])), file(validOperation('y', ['same.test']))],
      'y.json: domains[0].domain: duplicate: same.test is already listed by x',
    ],
    ['invalid JSON', () => [{ name: 'x.json', text: '{ "id": ' }], 'x.json: (file): not valid JSON'],
    [
      'non-canonical formatting',
      () => [{ name: 'x.json', text: JSON.stringify(validOperation('x')) }],
      'x.json: (file): not in canonical form (domains sorted, 2-space JSON); run npm run dataset:format',
    ],
    [
      'unsorted domains',
      () => [{ name: 'x.json', text: `${JSON.stringify(validOperation('x', ['b.test', 'a.test']), null, 2)}\n` }],
      'x.json: (file): not in canonical form',
    ],
  ])('rejects %s, and ships nothing', (_name, files, expected) => {
    const result = compileDataset(files(), options);
    expect(result.dataset).toBeUndefined();
    expect(result.errors.some((e) => e.startsWith(expected))).toBe(true);
  });

  it('rejects a public suffix', () => {
    const result = compileDataset([file(validOperation('x', ['github.io']))], {
      ...options,
      isPublicSuffix: (d) => d === 'github.io',
    });
    expect(result.errors).toContain(
      "x.json: domains[0].domain: github.io is a public suffix, not one platform's domain",
    );
  });

  it('warns, without failing, on an entry past its review date', () => {
    const op = validOperation();
    op.domains[0].reviewBy = '2026-01-01';
    const result = compileDataset([file(op)], options);
    expect(result.dataset).toBeDefined();
    expect(result.warnings).toEqual([
      'example-forum.json: domains[0].reviewBy: example-forum.test was due for review on 2026-01-01',
    ]);
  });

  it('ships nothing when one of several files is bad', () => {
    const bad = validOperation('bad');
    bad.summary.en = '';
    const result = compileDataset([file(validOperation('good', ['good.test'])), file(bad)], options);
    expect(result.dataset).toBeUndefined();
  });

  describe('a domain in two operations', () => {
    const pair = (declare: 'first' | 'second' | 'none', target = 'x') => {
      const x = validOperation('x', ['same.test']);
      const y = validOperation('y', ['same.test']);
      const reason = { nl: 'Twee keer uit de lucht gehaald.', en: 'Taken down twice.' };
      if (declare === 'first') x.domains[0].alsoListedBy = { operation: target === 'x' ? 'y' : target, reason };
      if (declare === 'second') y.domains[0].alsoListedBy = { operation: target, reason };
      return [file(x), file(y)];
    };
    it('is accepted when one of them declares the other, and the index keeps the one that did not', () => {
      expect(compileDataset(pair('second'), options).dataset?.domains['same.test'].operation).toBe('x');
      expect(compileDataset(pair('first'), options).dataset?.domains['same.test'].operation).toBe('y');
    });
    it('is rejected without a declaration', () => {
      expect(compileDataset(pair('none'), options).errors[0]).toMatch(
        /^y\.json: domains\[0\]\.domain: duplicate: same\.test is already listed by x/,
      );
    });
    it('rejects a declaration naming an operation that does not list the domain', () => {
      expect(compileDataset(pair('second', 'z'), options).errors).toContain(
        'y.json: domains[0].domain: alsoListedBy names z, which does not list same.test',
      );
    });
  });
});
