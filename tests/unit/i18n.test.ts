// UI strings: nl and en complete and in step, every string used, store texts in both languages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';

const root = join(import.meta.dirname, '..', '..');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('UI strings', () => {
  it('nl and en have the same keys', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as (keyof typeof en)[])('%s: same placeholders in nl and en, no empty text', (key) => {
    expect(placeholders(nl[key])).toEqual(placeholders(en[key]));
    expect(nl[key].trim()).not.toBe('');
  });

  it('every key is used by the code', () => {
    const code = sourceFiles(join(root, 'src'))
      .filter((f) => !/i18n[/](en|nl)([/]|\.ts$)/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});

describe('store texts (public/_locales)', () => {
  const read = (lang: string) =>
    JSON.parse(readFileSync(join(root, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string; description: string }
    >;
  it('nl and en have the same keys, each with a description, descriptions within 132 characters', () => {
    const [enMessages, nlMessages] = [read('en'), read('nl')];
    expect(Object.keys(nlMessages).sort()).toEqual(Object.keys(enMessages).sort());
    for (const messages of [enMessages, nlMessages]) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), key).not.toBe('');
        expect(entry.description.trim(), key).not.toBe('');
      }
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});
