// Repository rules a linter cannot state: the import directions between folders, which keep pure logic apart from
// browser glue and what the extension ships apart from what only the build and release tools use, and the pages'
// HTML. The rules about single files (no markup from text, no network request, the one polyfill import, no browser
// globals in pure code, no floating promise) are lint rules (.oxlintrc.json, npm run lint).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const tsFiles = files(src, /\.ts$/);
const rel = (file: string) => relative(src, file).split('\\').join('/');
const folder = (file: string) => rel(file).split('/')[0];

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map((m) => m[1] ?? m[2]);
}

/** Source folder an import points to, or the package name. */
function target(file: string, spec: string): string {
  // The generated list.
  if (spec.startsWith('@generated/')) return 'generated';
  if (!spec.startsWith('.')) return `package:${spec}`;
  const resolved = relative(src, resolve(dirname(file), spec))
    .split('\\')
    .join('/');
  return resolved.startsWith('..') ? `outside:${resolved}` : resolved.split('/')[0];
}

const ENTRIES = ['background', 'content', 'popup', 'warning', 'options', 'catalogue', 'welcome'];
const node = (t: string) => t.startsWith('package:node:');
/**
 * Shipped: core (pure logic), i18n, platform (browser glue), ui and the entry points. Build and release only:
 * pipeline (the list: sources, evidence, validation, compiling; pure), publish (exports, release, store listing,
 * changelog, recheck; Node allowed) and tools (the command-line entry points).
 */
const allowed: Record<string, (t: string) => boolean> = {
  core: (t) => t === 'core',
  i18n: (t) => t === 'core' || t === 'i18n',
  platform: (t) => ['core', 'i18n', 'platform', 'generated', 'package:webextension-polyfill'].includes(t),
  ui: (t) => ['core', 'i18n', 'ui'].includes(t),
  pipeline: (t) => ['core', 'pipeline'].includes(t),
  publish: (t) => ['core', 'pipeline', 'publish'].includes(t) || node(t),
  tools: (t) =>
    ['core', 'pipeline', 'publish', 'tools'].includes(t) ||
    node(t) ||
    t === 'package:tldts' ||
    t === 'package:playwright-core',
};

describe('import directions', () => {
  it.each(tsFiles.map(rel))('%s', (name) => {
    const file = join(src, name);
    const from = folder(file);
    for (const spec of imports(file)) {
      const to = target(file, spec);
      if (ENTRIES.includes(from)) {
        // Entry points import shared code, never each other.
        expect(['core', 'i18n', 'platform', 'ui', from].includes(to), `${name} imports ${spec}`).toBe(true);
      } else {
        expect(allowed[from]?.(to) ?? false, `${name} (${from}) may not import ${spec} (${to})`).toBe(true);
      }
    }
  });

  it('src/core holds exactly the pure modules the extension ships: every one is reached from an entry point', () => {
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/g))
        walk(resolve(dirname(file), m[1]));
    };
    for (const entry of tsFiles.filter((f) => ENTRIES.includes(folder(f)))) walk(entry);
    const shippedCore = [...reached]
      .map(rel)
      .filter((f) => f.startsWith('core/'))
      .sort();
    expect(shippedCore).toEqual(
      tsFiles
        .map(rel)
        .filter((f) => f.startsWith('core/'))
        .sort(),
    );
    expect(
      [...reached].map(rel).filter((f) => /^(pipeline|publish|tools)\//.test(f)),
      'build-only modules reached from the extension',
    ).toEqual([]);
  });
});

describe("the pages' HTML", () => {
  const html = files(src, /\.html$/);
  it('puts no text in as markup', () => {
    for (const file of html)
      expect(readFileSync(file, 'utf8'), rel(file)).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|\beval\(|new Function\(|\son[a-z]+=/,
      );
  });
  it('loads only its own scripts and styles: no remote code', () => {
    for (const file of html) {
      expect(readFileSync(file, 'utf8'), rel(file)).not.toMatch(
        /<script[^>]+src=["']https?:|<link[^>]+href=["']https?:/,
      );
    }
  });
});
