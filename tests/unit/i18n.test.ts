// UI strings: nl and en complete and in step, every string used, store texts in both languages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { translator } from '../../src/i18n/translate.ts';

const root = join(import.meta.dirname, '..', '..');
// A placeholder: {name}, {name, number} or {name, plural, …}; not the text of a plural form ("one {# domain}").
const placeholders = (text: string) =>
  [...text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+) )\{(\w+)(?:\}|, )/g)].map((m) => m[1]).sort();

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

describe('counts go through the plural rules (Intl.PluralRules)', () => {
  const code = sourceFiles(join(root, 'src'))
    .filter((f) => f.endsWith('.ts') && !/i18n[/](en|nl)([/]|\.ts$)/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  // Every call that passes a count: t('key', { name: things.length }) and the like (a size, a *Count, counts.x).
  const counted = new Map<MessageKey, Set<string>>();
  for (const [, key, args] of code.matchAll(/\bt\('(\w+)', \{([^}]*)\}/g)) {
    for (const [, name, value] of args!.matchAll(/(\w+)(?:: ([^,]+))?/g)) {
      const isCount = value
        ? /\.length\b|\.size\b|Count\b|\bcounts\.\w+/.test(value)
        : /^(count|domains|operations|total)$/.test(name!);
      if (isCount) counted.set(key as MessageKey, (counted.get(key as MessageKey) ?? new Set()).add(name!));
    }
  }

  it('finds the strings that show counts', () => {
    expect([...counted.keys()]).toEqual(
      expect.arrayContaining(['resultCount', 'listInfo', 'accessPartial', 'flatCaption']),
    );
  });

  it.each([...counted.entries()].flatMap(([key, names]) => [...names].map((name) => [key, name] as const)))(
    '%s: {%s} is a plural or a formatted number in nl and en, never bare',
    (key, name) => {
      for (const text of [en[key], nl[key]]) {
        expect(text, text).not.toContain(`{${name}}`);
        expect(text).toMatch(new RegExp(`\\{${name}, (plural, .*\\bone \\{.*\\bother \\{|number\\})`));
      }
    },
  );

  const plurals = (Object.keys(en) as MessageKey[]).filter((key) => en[key].includes(', plural,'));
  it.each(plurals)(
    '%s: one thing reads in the singular, several in the plural, numbers as the language writes them',
    (key) => {
      const names = [...en[key].matchAll(/\{(\w+), (?:plural|number)/g)].map((m) => m[1]!);
      const values = (n: number) =>
        Object.fromEntries(placeholders(en[key]).map((name) => [name, names.includes(name!) ? n : 'x']));
      const one = { en: translator('en')(key, values(1)), nl: translator('nl')(key, values(1)) };
      const many = { en: translator('en')(key, values(10000)), nl: translator('nl')(key, values(10000)) };
      expect(one.en).not.toMatch(/\b1 (domains|operations|sites|listed sites|police operations)\b/);
      expect(one.nl).not.toMatch(/\b1 (domeinen|operaties|sites|politieoperaties)\b/);
      expect(many.en).toContain('10,000');
      expect(many.nl).toContain('10.000');
      expect(many.en).not.toMatch(/\b10,000 (domain|operation|site|listed site|police operation)\b/);
      expect(many.nl).not.toMatch(/\b10\.000 (domein|operatie|politieoperatie)\b/);
      for (const text of [...Object.values(one), ...Object.values(many)]) expect(text).not.toMatch(/[{}#]/);
    },
  );

  it('an exact form wins over the category, and a form may hold a placeholder', () => {
    expect(translator('en')('resultCount', { shown: 1, total: 1, domains: 1 })).toBe(
      '1 of 1 operation shown, with 1 domain.',
    );
    expect(translator('nl')('listInfo', { date: '30 november 2026', operations: 45, domains: 95 })).toBe(
      'Lijst van 30 november 2026: 45 operaties, 95 domeinen.',
    );
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
