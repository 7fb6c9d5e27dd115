// Each export format checked by what its users' tools check it against, not by our own re-parse: the RPZ by
// BIND's named-checkzone, the STIX bundle by the OASIS STIX 2.1 JSON schemas (through ajv) and the patterning
// grammar, the MISP feed by the MISP core format. Each check also rejects a broken copy, so it cannot pass
// by accepting anything.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import type { CompiledDataset } from '../../src/core/dataset-types.ts';
import {
  DEFAULT_EXPORT_OPTIONS,
  exportList,
  type ExportOptions,
  type ListSettings,
} from '../../src/publish/export-formats.ts';
import { formatMisp } from '../../src/publish/export-misp.ts';
import { STIX_CONFIDENCE } from '../../src/publish/export-stix.ts';
import { compileFromDisk } from '../../src/tools/dataset-sources.ts';
import { exportFixture } from './fixtures/export-dataset.ts';
import { toolSkipReason } from './support/debian-tool.ts';
import { MISP_FEED_EVENT_SCHEMA, MISP_MANIFEST_SCHEMA } from './support/misp-feed-schema.ts';
import { checkPattern, PatternError, stringValue } from './support/stix-pattern.ts';
import { describeErrors, STIX_TYPE_SCHEMAS, stixValidator } from './support/stix-schemas.ts';

const real = compileFromDisk().dataset!;
const fixture = exportFixture();
const RELEASED: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, includeReleased: true };
const DATASETS: [string, CompiledDataset, ExportOptions][] = [
  ['the real list', real, DEFAULT_EXPORT_OPTIONS],
  [
    'the real list, high confidence only',
    real,
    { ...DEFAULT_EXPORT_OPTIONS, minConfidence: 'high', includeHistorical: false },
  ],
  ['the fixture (every status)', fixture, DEFAULT_EXPORT_OPTIONS],
  ['the fixture with --released include', fixture, RELEASED],
];

const work = mkdtempSync(join(tmpdir(), 'takedown-validators-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('RPZ: BIND named-checkzone', () => {
  const CHECKZONE = '/usr/bin/named-checkzone';
  const skip = toolSkipReason(CHECKZONE, 'bind9-utils');
  // Every check named-checkzone offers, as errors: names (-k), NS and MX targets (-n, -m, -M), SRV (-S),
  // DNSSEC records (-r), and a full integrity check (-i full).
  const checkzone = (text: string) => {
    const file = join(work, `zone-${Math.random().toString(36).slice(2)}.rpz`);
    writeFileSync(file, text);
    return spawnSync(
      CHECKZONE,
      [
        '-k',
        'fail',
        '-n',
        'fail',
        '-m',
        'fail',
        '-M',
        'fail',
        '-S',
        'fail',
        '-r',
        'fail',
        '-i',
        'full',
        'rpz.takedown-alert',
        file,
      ],
      { encoding: 'utf8' },
    );
  };
  const POLICIES: [string, ListSettings][] = [
    ['NXDOMAIN', { version: '2026.11.25' }],
    ['CNAME to a warning host', { version: '2026.11.25.7', rpz: { policy: 'cname', target: 'warning.corp.example' } }],
  ];

  describe.each(DATASETS)('%s', (_name, dataset, options) => {
    it.for(POLICIES)('loads with policy %s, with the serial of the version', ([, settings], ctx) => {
      if (skip) ctx.skip(skip);
      const result = checkzone(exportList(dataset, 'rpz', options, settings));
      const serial = settings.version === '2026.11.25' ? '2026112500' : '2026112507';
      expect(result.stdout + result.stderr).toBe(`zone rpz.takedown-alert/IN: loaded serial ${serial}\nOK\n`);
      expect(result.status).toBe(0);
    });
  });

  it('rejects a broken zone (a CNAME next to other data), so it is really checking', (ctx) => {
    if (skip) ctx.skip(skip);
    const broken = exportList(real, 'rpz').replace(
      '\nleakbase.la CNAME .\n',
      '\nleakbase.la CNAME .\nleakbase.la A 127.0.0.1\n',
    );
    const result = checkzone(broken);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('CNAME and other data');
  });
});

type StixObject = Record<string, unknown> & { type: string; id: string };

describe('STIX 2.1: the OASIS JSON schemas and the patterning grammar', () => {
  describe.each(DATASETS)('%s', (_name, dataset, options) => {
    const text = exportList(dataset, 'stix', options);
    const bundle = JSON.parse(text) as { type: string; id: string; objects: StixObject[] };

    it('the bundle is valid against common/bundle.json', () => {
      const validate = stixValidator('common/bundle.json');
      expect(validate(bundle), describeErrors(validate.errors)).toBe(true);
    });

    it("every object is valid against its own type's schema", () => {
      for (const object of bundle.objects) {
        const validate = stixValidator(STIX_TYPE_SCHEMAS[object.type]);
        expect(validate(object), `${object.id}\n${describeErrors(validate.errors)}`).toBe(true);
      }
    });

    it('every indicator pattern is valid STIX patterning, naming exactly its domain', () => {
      for (const o of bundle.objects.filter((x) => x.type === 'indicator')) {
        const comparisons = checkPattern(o.pattern as string);
        expect(comparisons).toEqual([
          { objectType: 'domain-name', path: ['value'], operator: '=', negated: false, value: expect.any(String) },
        ]);
        expect(stringValue(comparisons[0].value as string)).toBe(o.name);
        expect(o.confidence).toBe(STIX_CONFIDENCE[dataset.domains[o.name as string].confidence]);
      }
    });

    it('ids are unique and every reference points into the bundle, to an object of the right type', () => {
      const ids = new Map(bundle.objects.map((o) => [o.id, o.type]));
      expect(ids.size).toBe(bundle.objects.length);
      for (const o of bundle.objects) {
        for (const ref of [
          o.created_by_ref,
          ...((o.object_marking_refs as string[]) ?? []),
          o.source_ref,
          o.target_ref,
        ].filter(Boolean)) {
          expect(ids.get(ref as string), `${o.id} → ${String(ref)}`).toBe((ref as string).split('--')[0]);
        }
      }
      for (const r of bundle.objects.filter((o) => o.relationship_type === 'indicates')) {
        expect([ids.get(r.source_ref as string), ids.get(r.target_ref as string)]).toEqual([
          'indicator',
          'infrastructure',
        ]);
      }
    });
  });

  it('the schemas reject a broken indicator (no valid_from) and a malformed id, so they are really checking', () => {
    const bundle = JSON.parse(exportList(real, 'stix')) as { objects: StixObject[] };
    const indicator = bundle.objects.find((o) => o.type === 'indicator')!;
    const validate = stixValidator(STIX_TYPE_SCHEMAS.indicator);
    const { valid_from: _dropped, ...noValidFrom } = indicator;
    expect(validate(noValidFrom)).toBe(false);
    expect(validate({ ...indicator, id: 'indicator--not-a-uuid' })).toBe(false);
    const bundleCheck = stixValidator('common/bundle.json');
    expect(bundleCheck({ ...bundle, objects: [noValidFrom] })).toBe(false);
  });

  // Examples of STIX 2.1 section 9 (patterning), and patterns the grammar must refuse.
  it.each([
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
    "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
    "([file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) WITHIN 300 SECONDS",
    "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
    "[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8']",
    "[network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com'] REPEATS 5 TIMES WITHIN 180 SECONDS",
    "[(file:name = 'pdf.exe' OR file:size = '371712') AND file:created = t'2014-01-13T07:03:17Z']",
    "[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
    "([file:name = 'foo.dll'] AND [win-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) OR [process:name = 'fooproc' OR process:name = 'procfoo']",
    "[network-traffic:src_ref.value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']",
    "[url:value = 'http://example.com/foo' OR url:value = 'http://example.com/bar']",
    "[domain-name:value = 'www.5z8.info' AND domain-name:resolves_to_refs[*].value = '198.51.100.1/32']",
    "[x-usb-device:usbdrive.serial_number = '575833314133343231313937']",
  ])('the pattern grammar accepts %s', (pattern) => {
    expect(checkPattern(pattern).length).toBeGreaterThan(0);
  });

  it.each([
    ["domain-name:value = 'a'", 'no brackets'],
    ['[domain-name:value = "a"]', 'double quotes'],
    ["[domain-name:value = 'a'", 'unclosed'],
    ['[domain-name:value = a]', 'an unquoted value'],
    ["[domain-name:value = 'it's']", 'an unescaped quote'],
    ["[domain-name:value = 'a'] and [file:name = 'b']", 'a lower-case operator'],
    ["[file:hashes.SHA-256 = 'a']", 'an unquoted property with a hyphen'],
    ["[file:name = 'a' AND process:name = 'b']", 'two object types joined by AND'],
    ["[domain-name:value = 'a'] WITHIN -5 SECONDS", 'a negative WITHIN'],
    ["[file:created = t'2014-01-13T07:03:17']", 'a timestamp without Z'],
    ["[domain-name:value = 'a'] extra", 'trailing text'],
  ])('the pattern grammar refuses %s (%s)', (pattern) => {
    expect(() => checkPattern(pattern)).toThrow(PatternError);
  });
});

describe('MISP feed: the MISP core format', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validateEvent = ajv.compile(MISP_FEED_EVENT_SCHEMA);
  const validateManifest = ajv.compile(MISP_MANIFEST_SCHEMA);
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');

  describe.each(DATASETS)('%s', (_name, dataset, options) => {
    const files = new Map(formatMisp(dataset, options).map((f) => [f.name, f.content]));
    const events = [...files]
      .filter(([name]) => name.endsWith('.json') && name !== 'manifest.json')
      .map(([name, text]) => ({
        name,
        event: (
          JSON.parse(text) as {
            Event: Record<string, unknown> & { uuid: string; Attribute: { value: string; type: string }[] };
          }
        ).Event,
        text,
      }));

    it('every event is valid against the core format, with valid category-type pairs', () => {
      expect(events.length).toBeGreaterThan(0);
      for (const { name, text } of events)
        expect(validateEvent(JSON.parse(text)), `${name}\n${describeErrors(validateEvent.errors)}`).toBe(true);
    });

    it("manifest.json is valid and lists each event file by its uuid, with the event's own metadata", () => {
      const manifest = JSON.parse(files.get('manifest.json')!) as Record<string, Record<string, unknown>>;
      expect(validateManifest(manifest), describeErrors(validateManifest.errors)).toBe(true);
      expect(
        Object.keys(manifest)
          .map((u) => `${u}.json`)
          .sort(),
      ).toEqual(events.map((e) => e.name).sort());
      for (const { event } of events) {
        const { Orgc, Tag, info, date, analysis, threat_level_id, timestamp } = event;
        expect(manifest[event.uuid]).toEqual({ Orgc, Tag, info, date, analysis, threat_level_id, timestamp });
      }
    });

    it('hashes.csv holds the MD5 of every attribute value with its event uuid', () => {
      const expected = events.flatMap(({ event }) => event.Attribute.map((a) => `${md5(a.value)},${event.uuid}`));
      expect(files.get('hashes.csv')!.split('\n').filter(Boolean)).toEqual(expected);
    });

    it('uuids are unique across the feed', () => {
      const uuids = events.flatMap(({ event }) => [
        event.uuid,
        ...event.Attribute.map((a) => (a as unknown as { uuid: string }).uuid),
      ]);
      expect(new Set(uuids).size).toBe(uuids.length);
    });
  });

  it('the schema rejects a domain filed under a category that cannot hold it, and an info with a new line', () => {
    const [, , first] = formatMisp(real, DEFAULT_EXPORT_OPTIONS);
    const event = JSON.parse(first.content) as { Event: { info: string; Attribute: Record<string, unknown>[] } };
    const domain = event.Event.Attribute.find((a) => a.type === 'domain')!;
    expect(validateEvent({ Event: { ...event.Event, Attribute: [{ ...domain, category: 'Other' }] } })).toBe(false);
    expect(validateEvent({ Event: { ...event.Event, info: 'two\nlines' } })).toBe(false);
    expect(validateEvent(event)).toBe(true);
  });
});

describe('tool versions used by these checks', () => {
  it('are recorded in the test output', async (ctx) => {
    const skip = toolSkipReason('/usr/bin/named-checkzone', 'bind9-utils');
    if (skip) ctx.skip(skip);
    const version = execFileSync('/usr/bin/named-checkzone', ['-v'], { encoding: 'utf8' }).trim();
    await ctx.annotate(`named-checkzone ${version}`);
    expect(version).toMatch(/^9\.\d+/);
  });
});
