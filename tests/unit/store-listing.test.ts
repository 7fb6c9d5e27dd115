import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompiledDataset } from '../../src/core/dataset-types.ts';
import {
  permissionJustifications,
  privacyPolicyHtml,
  promisesFromReadme,
  storeDescription,
  type ListingFacts,
} from '../../src/publish/store-listing.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  permissions: string[];
  optional_permissions?: string[];
};
const dataset = JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'dataset.json'), 'utf8')) as CompiledDataset;
const facts: ListingFacts = {
  version: '2026.11.30',
  dataset,
  permissions: manifest.permissions,
  optionalPermissions: manifest.optional_permissions ?? [],
  summary: { en: 'Warns you.', nl: 'Waarschuwt je.' },
};

describe('store listing', () => {
  it('takes the privacy promises from the README, each in English and in Dutch', () => {
    const promises = promisesFromReadme(readme);
    expect(promises.en.length).toBeGreaterThanOrEqual(4);
    expect(promises.nl).toHaveLength(promises.en.length);
    expect(promises.en[0]).toMatch(/^It never learns the address of a site that is not on the list by itself/);
  });

  it('refuses a README whose promises are not all translated, or that has none', () => {
    const untranslated = readme.replace(/\n### Wat het nooit doet\n[\s\S]*?\n- [^\n]+\n/, (m) =>
      m.replace(/\n- [^\n]+\n$/, '\n'),
    );
    expect(() => promisesFromReadme(untranslated)).toThrow(/promises in English but/);
    expect(() => promisesFromReadme('# Nothing here\n')).toThrow(/What it never does/);
  });

  it('makes a privacy policy page with no script, the promises escaped, in both languages', () => {
    const html = privacyPolicyHtml({ en: ['No `<script>` ever.'], nl: ['Nooit **een** script.'] }, '2026.11.30');
    expect(html).toContain('<li>No <code>&lt;script&gt;</code> ever.</li>');
    expect(html).toContain('<li>Nooit <strong>een</strong> script.</li>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<section lang="nl">');
  });

  it('justifies every permission the manifest asks for, and no other', () => {
    const text = permissionJustifications(facts, promisesFromReadme(readme));
    for (const p of [...facts.permissions, ...facts.optionalPermissions]) expect(text).toContain(`**${p}**`);
    expect(() =>
      permissionJustifications({ ...facts, permissions: [...facts.permissions, 'tabs'] }, promisesFromReadme(readme)),
    ).toThrow(/no justification for permission\(s\) tabs/);
    expect(() => permissionJustifications({ ...facts, permissions: ['storage'] }, promisesFromReadme(readme))).toThrow(
      /does not ask for/,
    );
  });

  it("describes the release in both languages with the list's own numbers", () => {
    const ops = dataset.operations.length;
    const domains = Object.keys(dataset.domains).length;
    expect(storeDescription(facts, 'en')).toContain(`list 2026.11.30, ${ops} police operations, ${domains} domains`);
    expect(storeDescription(facts, 'nl')).toContain(`lijst 2026.11.30, ${ops} politieoperaties, ${domains} domeinen`);
  });
});
