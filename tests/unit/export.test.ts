// Every export format, parsed back the way its consumer would read it, must hold exactly the selected domains:
// over the real dataset, and over a fixture where the option filters must drop named entries.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalText, compileDataset } from '../../src/core/compile-dataset.ts';
import type { CompiledDataset, Confidence, DomainStatus, OperationFile } from '../../src/core/dataset-types.ts';
import {
  DEFAULT_EXPORT_OPTIONS, EXPORT_FORMATS, exportList, selectDomains, type DnrBlockRule, type ExportFormat, type ExportOptions,
} from '../../src/core/export-formats.ts';
import { GENERATED_FILE, compileFromDisk } from '../../src/tools/dataset-sources.ts';
import { fixtureSources, validOperation } from './fixtures/operation.ts';

/** Lines that are not comments (comment mark given) and not blank. */
const body = (text: string, mark: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith(mark));
const header = (text: string, mark: string) => text.split('\n').filter((l) => l.startsWith(mark));

function matchAll(lines: string[], pattern: RegExp): string[] {
  return lines.map((line) => {
    const m = pattern.exec(line);
    expect(m, `unexpected line: ${line}`).not.toBeNull();
    return m![1];
  });
}

/** How each format's consumer reads the domains back out of it. */
const PARSERS: Record<ExportFormat, (text: string) => string[]> = {
  domains: (text) => matchAll(body(text, '#'), /^([a-z0-9.-]+)$/),
  hosts: (text) => matchAll(body(text, '#'), /^0\.0\.0\.0 ([a-z0-9.-]+)$/),
  ubo: (text) => matchAll(body(text, '!'), /^\|\|([a-z0-9.-]+)\^$/),
  dnr: (text) => {
    const rules = JSON.parse(text) as DnrBlockRule[];
    rules.forEach((rule, i) => {
      // Exactly the shape a static ruleset accepts, ids 1..n.
      expect(rule).toEqual({
        id: i + 1,
        priority: 1,
        action: { type: 'block' },
        condition: { requestDomains: [expect.any(String)], resourceTypes: ['main_frame'] },
      });
    });
    return rules.map((r) => r.condition.requestDomains[0]);
  },
  json: (text) => (JSON.parse(text) as { domains: { domain: string }[] }).domains.map((d) => d.domain),
};
const COMMENT: Partial<Record<ExportFormat, string>> = { domains: '#', hosts: '#', ubo: '!' };

const real = compileFromDisk().dataset!;
const HIGH_CURRENT: ExportOptions = { minConfidence: 'high', includeHistorical: false };

describe.each(EXPORT_FORMATS)('export --format %s', (format) => {
  it.each([
    ['default options', DEFAULT_EXPORT_OPTIONS],
    ['--min-confidence high --historical exclude', HIGH_CURRENT],
    ['--min-confidence medium', { minConfidence: 'medium', includeHistorical: true }],
  ] as [string, ExportOptions][])('holds exactly the selected domains of the real dataset (%s)', (_name, options) => {
    const text = exportList(real, format, options);
    const expected = selectDomains(real, options).map((e) => e.domain);
    expect(expected.length).toBeGreaterThan(0);
    expect(PARSERS[format](text)).toEqual(expected);
  });

  it('ends with a newline and is the same every time', () => {
    const text = exportList(real, format, DEFAULT_EXPORT_OPTIONS);
    expect(text.endsWith('\n')).toBe(true);
    const shuffled: CompiledDataset = { ...real, operations: [...real.operations].reverse() };
    expect(exportList(shuffled, format, DEFAULT_EXPORT_OPTIONS)).toBe(text);
  });

  const mark = COMMENT[format];
  if (mark !== undefined) {
    it(`starts with "${mark}" lines naming the list, its date, the options and the count`, () => {
      const text = exportList(real, format, HIGH_CURRENT);
      const count = selectDomains(real, HIGH_CURRENT).length;
      expect(text.startsWith(`${mark} Title: Takedown Alert\n`)).toBe(true);
      expect(header(text, mark)).toEqual(expect.arrayContaining([
        `${mark} Date: ${real.date}`,
        `${mark} Options: --min-confidence high --historical exclude`,
        `${mark} Domains: ${count}`,
      ]));
      // Comments only at the top: the first domain line ends the header.
      const lines = text.split('\n');
      expect(lines.findLastIndex((l) => l.startsWith(mark))).toBeLessThan(lines.findIndex((l) => l !== '' && !l.startsWith(mark)));
    });
  }
});

describe('the real dataset', () => {
  it('is sorted and without duplicates', () => {
    const names = selectDomains(real).map((e) => e.domain);
    expect(names).toEqual([...new Set(names)].sort());
    expect(names).toEqual(Object.keys(real.domains));
  });

  it('json carries every field and the evidence of each domain', () => {
    const out = JSON.parse(exportList(real, 'json')) as { date: string; options: ExportOptions; domains: Record<string, unknown>[] };
    expect(out.date).toBe(real.date);
    expect(out.options).toEqual(DEFAULT_EXPORT_OPTIONS);
    const la = out.domains.find((d) => d.domain === 'leakbase.la')!;
    const source = real.operations.find((o) => o.id === 'leakbase')!.domains.find((d) => d.domain === 'leakbase.la')!;
    expect(Object.keys(la).sort()).toEqual(['confidence', 'domain', 'history', 'lastChecked', 'operation', 'platform', 'reviewBy', 'status']);
    expect(la).toMatchObject({ operation: 'leakbase', platform: { nl: 'LeakBase', en: 'LeakBase' }, status: 'seized', confidence: 'high', lastChecked: source.lastChecked, reviewBy: source.reviewBy });
    expect(la.history).toEqual(source.history);
    for (const d of out.domains) expect((d.history as { evidence: unknown[] }[]).every((s) => s.evidence.length > 0)).toBe(true);
  });

  it('--historical exclude drops the addresses LeakBase only used, and keeps the seized one and the relaunch', () => {
    const names = selectDomains(real, { minConfidence: 'low', includeHistorical: false }).map((e) => e.domain);
    expect(names).toContain('leakbase.la');
    expect(names).toContain('leakbase.bz');
    expect(names).not.toContain('leakbase.io');
    expect(names).not.toContain('leakbase.cc');
  });
});

/** One fixture operation with a domain for every status and confidence that matters to the filters. */
function fixture(): CompiledDataset {
  const names = ['gamma-low.test', 'lapsed.test', 'medium.test', 'offline.test', 'relaunch.test', 'reregistered.test', 'seized.test', 'used.test'];
  const op: OperationFile = validOperation('fixture', names);
  const set = (domain: string, confidence: Confidence, ...later: DomainStatus[]) => {
    const entry = op.domains.find((d) => d.domain === domain)!;
    entry.confidence = confidence;
    const first = entry.history[0];
    if (later[0] === 'used' || later[0] === 'suspected-relaunch') entry.history = [];
    later.forEach((status, i) => entry.history.push({ ...first, date: `2026-0${5 + i}-01`, status }));
  };
  set('gamma-low.test', 'low');
  set('lapsed.test', 'high', 'lapsed');
  set('medium.test', 'medium');
  set('offline.test', 'high', 'offline');
  set('relaunch.test', 'medium', 'suspected-relaunch');
  set('reregistered.test', 'high', 're-registered');
  set('used.test', 'medium', 'used');
  const result = compileDataset([{ name: 'fixture.json', text: canonicalText(op) }], { neverFlag: [], today: '2026-11-25', sources: fixtureSources(names) });
  expect(result.errors).toEqual([]);
  return result.dataset!;
}

describe('option filters, on a fixture', () => {
  const dataset = fixture();
  const ALL = ['gamma-low.test', 'lapsed.test', 'medium.test', 'offline.test', 'relaunch.test', 'reregistered.test', 'seized.test', 'used.test'];

  it('the fixture has the statuses it says', () => {
    expect(Object.fromEntries(Object.entries(dataset.domains).map(([d, e]) => [d, `${e.status}/${e.confidence}`]))).toEqual({
      'gamma-low.test': 'seized/low',
      'lapsed.test': 'lapsed/high',
      'medium.test': 'seized/medium',
      'offline.test': 'offline/high',
      'relaunch.test': 'suspected-relaunch/medium',
      'reregistered.test': 're-registered/high',
      'seized.test': 'seized/high',
      'used.test': 'used/medium',
    });
  });

  const cases: [string, ExportOptions, string[]][] = [
    ['defaults keep everything', DEFAULT_EXPORT_OPTIONS, ALL],
    ['--min-confidence medium drops low', { minConfidence: 'medium', includeHistorical: true }, ALL.filter((d) => d !== 'gamma-low.test')],
    ['--min-confidence high drops medium and low', { minConfidence: 'high', includeHistorical: true },
      ['lapsed.test', 'offline.test', 'reregistered.test', 'seized.test']],
    ['--historical exclude drops used, lapsed and re-registered', { minConfidence: 'low', includeHistorical: false },
      ['gamma-low.test', 'medium.test', 'offline.test', 'relaunch.test', 'seized.test']],
    ['both', { minConfidence: 'high', includeHistorical: false }, ['offline.test', 'seized.test']],
  ];

  it.each(cases)('selectDomains: %s', (_name, options, expected) => {
    expect(selectDomains(dataset, options).map((e) => e.domain)).toEqual(expected);
  });

  describe.each(EXPORT_FORMATS)('--format %s', (format) => {
    it.each(cases)('%s', (_name, options, expected) => {
      expect(PARSERS[format](exportList(dataset, format, options))).toEqual(expected);
    });
  });
});

describe('npm run export (child process)', () => {
  const root = join(import.meta.dirname, '..', '..');
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/export-cli.ts', ...args], { cwd: root, encoding: 'utf8' });

  beforeAll(() => {
    expect(spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/compile-dataset.ts'], { cwd: root }).status).toBe(0);
  });

  it('writes the chosen format to standard output and exits 0', () => {
    const result = run(['--format', 'ubo', '--min-confidence', 'high', '--historical=exclude']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const compiled = JSON.parse(readFileSync(GENERATED_FILE, 'utf8')) as CompiledDataset;
    expect(result.stdout).toBe(exportList(compiled, 'ubo', HIGH_CURRENT));
    expect(PARSERS.ubo(result.stdout)).toEqual(selectDomains(real, HIGH_CURRENT).map((e) => e.domain));
  });

  it.each([
    ['no --format', [], '--format is required'],
    ['an unknown format', ['--format', 'csv'], '--format must be one of domains, hosts, ubo, dnr, json, not "csv"'],
    ['an unknown option', ['--format', 'hosts', '--verbose'], 'unknown argument: --verbose'],
    ['a bad confidence', ['--format', 'hosts', '--min-confidence', 'certain'], '--min-confidence must be one of high, medium, low'],
    ['a missing value', ['--format', 'hosts', '--historical'], '--historical needs a value'],
  ])('exits 2 with a message and usage on stderr for %s, and writes nothing to stdout', (_name, args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run --silent export -- --format');
  });
});
