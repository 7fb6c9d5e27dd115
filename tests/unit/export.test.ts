// Every export format, read back the way its consumer reads it, must hold exactly the selected domains: over the
// real dataset, and over a fixture where the option filters must drop named entries. (The formats' own
// validators, named-checkzone, the OASIS STIX schemas and the MISP format, run in export-validators.test.ts.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledDataset } from '../../src/core/dataset-types.ts';
import {
  blockedDomains,
  DEFAULT_EXPORT_OPTIONS,
  EXPORT_FORMATS,
  exportFiles,
  exportFormatFiles,
  exportList,
  RELEASE_NAMES,
  selectDomains,
  SINGLE_FILE_FORMATS,
  type DnrBlockRule,
  type ExportFormat,
  type ExportOptions,
  type ListSettings,
} from '../../src/publish/export-formats.ts';
import { versionFromDate } from '../../src/pipeline/list-version.ts';
import { GENERATED_FILE, compileFromDisk } from '../../src/tools/dataset-sources.ts';
import { exportFixture, FIXTURE_DOMAINS } from './fixtures/export-dataset.ts';
import { checkPattern, stringValue } from './support/stix-pattern.ts';

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

interface Read {
  names: string[];
  actionable: string[];
}
const all = (names: string[]): Read => ({ names, actionable: names });

/** How each format's consumer reads the domains back out of it, and which of them it acts on. */
const READERS: Record<ExportFormat, (files: Map<string, string>) => Read> = {
  domains: (f) => all(matchAll(body(f.get(RELEASE_NAMES.domains)!, '#'), /^([a-z0-9.-]+)$/)),
  hosts: (f) => all(matchAll(body(f.get(RELEASE_NAMES.hosts)!, '#'), /^0\.0\.0\.0 ([a-z0-9.-]+)$/)),
  ubo: (f) => all(matchAll(body(f.get(RELEASE_NAMES.ubo)!, '!'), /^\|\|([a-z0-9.-]+)\^$/)),
  dnr: (f) => {
    const rules = JSON.parse(f.get(RELEASE_NAMES.dnr)!) as DnrBlockRule[];
    rules.forEach((rule, i) => {
      // Exactly the shape a static ruleset accepts, ids 1..n.
      expect(rule).toEqual({
        id: i + 1,
        priority: 1,
        action: { type: 'block' },
        condition: { requestDomains: [expect.any(String)], resourceTypes: ['main_frame'] },
      });
    });
    return all(rules.map((r) => r.condition.requestDomains[0]));
  },
  json: (f) => {
    const domains = (JSON.parse(f.get(RELEASE_NAMES.json)!) as { domains: { domain: string; blocked: boolean }[] })
      .domains;
    return { names: domains.map((d) => d.domain), actionable: domains.filter((d) => d.blocked).map((d) => d.domain) };
  },
  rpz: (f) => {
    // Each name is followed by its wildcard, with the same policy.
    const records = body(f.get(RELEASE_NAMES.rpz)!, ';').filter((l) => !l.startsWith('$') && !l.startsWith('@ '));
    expect(records.length % 2).toBe(0);
    const names: string[] = [];
    for (let i = 0; i < records.length; i += 2) {
      const [name, type, target] = records[i].split(' ');
      expect([type, target]).toEqual(['CNAME', '.']);
      expect(records[i + 1]).toBe(`*.${name} CNAME .`);
      names.push(name);
    }
    return all(names);
  },
  stix: (f) => {
    const bundle = JSON.parse(f.get(RELEASE_NAMES.stix)!) as { objects: Record<string, string>[] };
    const indicators = bundle.objects.filter((o) => o.type === 'indicator');
    const value = (o: Record<string, string>) => stringValue(checkPattern(o.pattern)[0].value as string);
    return {
      names: indicators.map(value).sort(),
      actionable: indicators
        .filter((o) => o.valid_until === undefined)
        .map(value)
        .sort(),
    };
  },
  misp: (f) => {
    const attributes = [...f.entries()]
      .filter(([name]) => /\/[0-9a-f-]{36}\.json$/.test(name))
      .flatMap(
        ([, text]) =>
          (JSON.parse(text) as { Event: { Attribute: { type: string; value: string; to_ids: boolean }[] } }).Event
            .Attribute,
      )
      .filter((a) => a.type === 'domain');
    const sorted = (names: string[]) => [...names].sort();
    return {
      names: sorted(attributes.map((a) => a.value)),
      actionable: sorted(attributes.filter((a) => a.to_ids).map((a) => a.value)),
    };
  },
};
const BLOCKING: readonly ExportFormat[] = ['domains', 'hosts', 'ubo', 'dnr', 'rpz'];

function read(
  dataset: CompiledDataset,
  format: ExportFormat,
  options: ExportOptions,
  settings: ListSettings = {},
): Read {
  return READERS[format](
    new Map(exportFormatFiles(dataset, format, options, settings).map((f) => [f.name, f.content])),
  );
}

const real = compileFromDisk().dataset!;
const HIGH_CURRENT: ExportOptions = { minConfidence: 'high', includeHistorical: false, includeReleased: false };
const COMMENT: Partial<Record<ExportFormat, string>> = { domains: '#', hosts: '#', ubo: '!' };

describe.each(EXPORT_FORMATS)('export --format %s', (format) => {
  it.each([
    ['default options', DEFAULT_EXPORT_OPTIONS],
    ['--min-confidence high --historical exclude', HIGH_CURRENT],
    ['--min-confidence medium', { ...DEFAULT_EXPORT_OPTIONS, minConfidence: 'medium' }],
  ] as [string, ExportOptions][])('holds exactly the selected domains of the real dataset (%s)', (_name, options) => {
    const expected = (BLOCKING.includes(format) ? blockedDomains : selectDomains)(real, options).map((e) => e.domain);
    expect(expected.length).toBeGreaterThan(0);
    expect(read(real, format, options).names).toEqual(expected);
  });

  it('is the same every time, whatever the order of the operations, and text files end with a newline', () => {
    const files = exportFormatFiles(real, format);
    for (const f of files) expect(f.content === '' || f.content.endsWith('\n'), f.name).toBe(true);
    const shuffled: CompiledDataset = { ...real, operations: [...real.operations].reverse() };
    expect(exportFormatFiles(shuffled, format)).toEqual(files);
  });

  const mark = COMMENT[format];
  if (mark !== undefined) {
    it(`starts with "${mark}" lines naming the list, its version, homepage, licence, expiry, date, options and count`, () => {
      const text = exportList(real, format as 'domains', HIGH_CURRENT, { version: '2026.11.25.2' });
      const count = blockedDomains(real, HIGH_CURRENT).length;
      expect(text.startsWith(`${mark} Title: Takedown Alert\n`)).toBe(true);
      expect(header(text, mark)).toEqual(
        expect.arrayContaining([
          `${mark} Version: 2026.11.25.2`,
          `${mark} Homepage: README.md#lists-for-administrators`,
          `${mark} License: CC BY 4.0`,
          `${mark} Expires: 1 day`,
          `${mark} Date: ${real.date}`,
          `${mark} Options: --min-confidence high --historical exclude --released exclude`,
          `${mark} Domains: ${count}`,
        ]),
      );
      // Comments only at the top: the first domain line ends the header.
      const lines = text.split('\n');
      expect(lines.findLastIndex((l) => l.startsWith(mark))).toBeLessThan(
        lines.findIndex((l) => l !== '' && !l.startsWith(mark)),
      );
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
    const out = JSON.parse(exportList(real, 'json')) as {
      date: string;
      version: string;
      options: ExportOptions;
      domains: Record<string, unknown>[];
    };
    expect(out.date).toBe(real.date);
    expect(out.version).toBe(versionFromDate(real.date));
    expect(out.options).toEqual(DEFAULT_EXPORT_OPTIONS);
    const la = out.domains.find((d) => d.domain === 'leakbase.la')!;
    const source = real.operations.find((o) => o.id === 'leakbase')!.domains.find((d) => d.domain === 'leakbase.la')!;
    expect(Object.keys(la).sort()).toEqual([
      'blocked',
      'confidence',
      'domain',
      'history',
      'lastChecked',
      'operation',
      'platform',
      'reviewBy',
      'status',
    ]);
    expect(la).toMatchObject({
      operation: 'leakbase',
      platform: { nl: 'LeakBase', en: 'LeakBase' },
      status: 'seized',
      confidence: source.confidence,
      lastChecked: source.lastChecked,
      reviewBy: source.reviewBy,
      blocked: true,
    });
    expect(la.history).toEqual(source.history);
    for (const d of out.domains)
      expect((d.history as { evidence: unknown[] }[]).every((s) => s.evidence.length > 0)).toBe(true);
  });

  it('--historical exclude drops the addresses LeakBase only used, and keeps the seized one and the relaunch', () => {
    const names = selectDomains(real, { ...DEFAULT_EXPORT_OPTIONS, includeHistorical: false }).map((e) => e.domain);
    expect(names).toContain('leakbase.la');
    expect(names).toContain('leakbase.bz');
    expect(names).not.toContain('leakbase.io');
    expect(names).not.toContain('leakbase.cc');
  });

  it('the RPZ names the operation and each source of a domain in comments above its records', () => {
    const text = exportList(real, 'rpz');
    const block = text.split('\n\n').find((b) => b.includes('\nleakbase.la CNAME .'))!;
    expect(block).toMatch(
      /^; leakbase\.la: LeakBase, a forum where stolen data was traded; operation leakbase \(Operation Leak, 2026-03-03 to 2026-03-04\); seized 2026-03-04; confidence medium\n/,
    );
    const seized = real.operations
      .find((o) => o.id === 'leakbase')!
      .domains.find((d) => d.domain === 'leakbase.la')!
      .history.at(-1)!;
    for (const e of seized.evidence) expect(block).toContain(`; source: ${e.publisher} (${e.kind}), ${e.date}, `);
    expect(block.endsWith('leakbase.la CNAME .\n*.leakbase.la CNAME .')).toBe(true);
  });

  it('--rpz-policy cname points every name and its subdomains at the warning host, and the serial follows the version', () => {
    const text = exportList(real, 'rpz', DEFAULT_EXPORT_OPTIONS, {
      version: '2026.12.1.3',
      rpz: { policy: 'cname', target: 'Warning.Corp.Example' },
    });
    expect(text).toContain('\n@ SOA localhost. hostmaster.localhost. 2026120103 3600 600 604800 300\n');
    expect(text).toContain('\nleakbase.la CNAME warning.corp.example.\n*.leakbase.la CNAME warning.corp.example.\n');
    expect(text).not.toContain('CNAME .\n');
  });

  it('exportFiles gives every format, named as a release holds them, and MISP as a folder', () => {
    const names = exportFiles(real).map((f) => f.name);
    expect(names.slice(0, SINGLE_FILE_FORMATS.length)).toEqual(SINGLE_FILE_FORMATS.map((f) => RELEASE_NAMES[f]));
    const misp = names.slice(SINGLE_FILE_FORMATS.length);
    expect(misp.slice(0, 2)).toEqual(['takedown-alert-misp/manifest.json', 'takedown-alert-misp/hashes.csv']);
    // One event per operation that has a domain to export; an operation listed without domains has nothing to share.
    expect(misp.length - 2).toBe(
      real.operations.filter((o) => selectDomains(real).some((d) => d.operation === o.id)).length,
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('a bad version is an error that names the expected form', () => {
    expect(() => exportList(real, 'hosts', DEFAULT_EXPORT_OPTIONS, { version: '2026-11-25' })).toThrow(
      'list version must be YYYY.M.D or YYYY.M.D.N',
    );
  });
});

describe('option filters, on a fixture', () => {
  const dataset = exportFixture();
  const RELEASED = ['lapsed.test', 'reregistered.test'];

  it('the fixture has the statuses it says', () => {
    expect(
      Object.fromEntries(Object.entries(dataset.domains).map(([d, e]) => [d, `${e.status}/${e.confidence}`])),
    ).toEqual({
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
    ['defaults describe everything', DEFAULT_EXPORT_OPTIONS, FIXTURE_DOMAINS],
    [
      '--min-confidence medium drops low',
      { ...DEFAULT_EXPORT_OPTIONS, minConfidence: 'medium' },
      FIXTURE_DOMAINS.filter((d) => d !== 'gamma-low.test'),
    ],
    [
      '--min-confidence high drops medium and low',
      { ...DEFAULT_EXPORT_OPTIONS, minConfidence: 'high' },
      ['lapsed.test', 'offline.test', 'reregistered.test', 'seized.test'],
    ],
    [
      '--historical exclude drops used, lapsed and re-registered',
      { ...DEFAULT_EXPORT_OPTIONS, includeHistorical: false },
      ['gamma-low.test', 'medium.test', 'offline.test', 'relaunch.test', 'seized.test'],
    ],
    [
      'both',
      { ...DEFAULT_EXPORT_OPTIONS, minConfidence: 'high', includeHistorical: false },
      ['offline.test', 'seized.test'],
    ],
    ['--released include', { ...DEFAULT_EXPORT_OPTIONS, includeReleased: true }, FIXTURE_DOMAINS],
  ];

  it.each(cases)('selectDomains: %s', (_name, options, expected) => {
    expect(selectDomains(dataset, options).map((e) => e.domain)).toEqual(expected);
  });

  describe.each(EXPORT_FORMATS)('--format %s', (format) => {
    it.each(cases)(
      '%s; lapsed and re-registered domains are blocked only with --released include',
      (_name, options, expected) => {
        const actionable = options.includeReleased ? expected : expected.filter((d) => !RELEASED.includes(d));
        const got = read(dataset, format, options);
        expect(got.names).toEqual(BLOCKING.includes(format) ? actionable : expected);
        expect(got.actionable).toEqual(actionable);
      },
    );
  });

  it("STIX ends a released domain's indicator on the day it lapsed; MISP marks it not for IDS", () => {
    const bundle = JSON.parse(exportList(dataset, 'stix')) as { objects: Record<string, unknown>[] };
    const lapsed = bundle.objects.find((o) => o.name === 'lapsed.test')!;
    expect(lapsed).toMatchObject({
      valid_from: '2026-03-04T00:00:00.000Z',
      valid_until: '2026-05-01T00:00:00.000Z',
      labels: ['forum', 'status:lapsed'],
    });
    const misp = exportFormatFiles(dataset, 'misp').find(
      (f) => f.name.endsWith('.json') && f.content.includes('"Event"'),
    )!;
    const attribute = (
      JSON.parse(misp.content) as { Event: { Attribute: Record<string, unknown>[] } }
    ).Event.Attribute.find((a) => a.value === 'reregistered.test')!;
    expect(attribute).toMatchObject({
      to_ids: false,
      Tag: [{ name: 'takedown-alert:status="re-registered"' }, { name: 'takedown-alert:confidence="high"' }],
    });
  });
});

describe('npm run export (child process)', () => {
  const root = join(import.meta.dirname, '..', '..');
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/export-cli.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
  const out = mkdtempSync(join(tmpdir(), 'takedown-export-'));

  beforeAll(() => {
    expect(spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/compile-dataset.ts'], { cwd: root }).status).toBe(
      0,
    );
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the chosen format to standard output and exits 0', () => {
    const result = run(['--format', 'ubo', '--min-confidence', 'high', '--historical=exclude']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const compiled = JSON.parse(readFileSync(GENERATED_FILE, 'utf8')) as CompiledDataset;
    expect(result.stdout).toBe(exportList(compiled, 'ubo', HIGH_CURRENT));
    expect(read(real, 'ubo', HIGH_CURRENT).names).toEqual(blockedDomains(real, HIGH_CURRENT).map((e) => e.domain));
  });

  it('passes --list-version, --released and the RPZ policy through', () => {
    const result = run([
      '--format',
      'rpz',
      '--list-version',
      '2026.12.1.4',
      '--released',
      'include',
      '--rpz-policy',
      'cname',
      '--rpz-target',
      'warn.corp.example',
    ]);
    expect(result.status).toBe(0);
    const compiled = JSON.parse(readFileSync(GENERATED_FILE, 'utf8')) as CompiledDataset;
    expect(result.stdout).toBe(
      exportList(
        compiled,
        'rpz',
        { ...DEFAULT_EXPORT_OPTIONS, includeReleased: true },
        { version: '2026.12.1.4', rpz: { policy: 'cname', target: 'warn.corp.example' } },
      ),
    );
  });

  it('--format all --out-dir writes every release file, MISP in its folder', () => {
    const result = run(['--format', 'all', '--out-dir', out]);
    expect(result.status).toBe(0);
    const compiled = JSON.parse(readFileSync(GENERATED_FILE, 'utf8')) as CompiledDataset;
    for (const file of exportFiles(compiled))
      expect(readFileSync(join(out, file.name), 'utf8'), file.name).toBe(file.content);
    expect(readdirSync(join(out, RELEASE_NAMES.misp)).length).toBe(
      compiled.operations.filter((o) => o.domains.length > 0).length + 2,
    );
  });

  it.each([
    ['no --format', [], '--format is required'],
    [
      'an unknown format',
      ['--format', 'csv'],
      '--format must be one of domains, hosts, ubo, dnr, json, rpz, stix, misp, all, not "csv"',
    ],
    ['an unknown option', ['--format', 'hosts', '--verbose'], 'unknown argument: --verbose'],
    [
      'a bad confidence',
      ['--format', 'hosts', '--min-confidence', 'certain'],
      '--min-confidence must be one of high, medium, low',
    ],
    ['a missing value', ['--format', 'hosts', '--historical'], '--historical needs a value'],
    ['misp without --out-dir', ['--format', 'misp'], '--format misp writes several files: give --out-dir'],
    [
      'a bad version',
      ['--format', 'rpz', '--list-version', '2026.13.1'],
      'list version must be YYYY.M.D or YYYY.M.D.N',
    ],
    [
      'cname without a target',
      ['--format', 'rpz', '--rpz-policy', 'cname'],
      '--rpz-policy cname needs --rpz-target HOST',
    ],
    [
      'a target without cname',
      ['--format', 'rpz', '--rpz-target', 'warn.corp.example'],
      '--rpz-target goes with --rpz-policy cname',
    ],
    [
      'a target that is an RPZ action',
      ['--format', 'rpz', '--rpz-policy', 'cname', '--rpz-target', 'rpz-passthru.'],
      'is an RPZ action, not a host name',
    ],
    [
      'a target that is not a host name',
      ['--format', 'rpz', '--rpz-policy', 'cname', '--rpz-target', 'warn ing'],
      '--rpz-target must be a fully qualified host name',
    ],
  ])('exits 2 with a message and usage on stderr for %s, and writes nothing to stdout', (_name, args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run --silent export -- --format');
  });
});
