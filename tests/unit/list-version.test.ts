// The pieces the exports rely on for reproducible output: name-based UUIDs (node:crypto's SHA-1) and the list
// version with the RPZ serial that follows it.
import { describe, expect, it } from 'vitest';
import { asUri } from '../../src/publish/export-evidence.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  releaseVersion,
  rpzSerial,
  versionFromDate,
  versionProblem,
  type ReleaseRevision,
} from '../../src/pipeline/list-version.ts';
import { exportUuid, uuidV5 } from '../../src/publish/name-uuid.ts';

describe('uuidV5', () => {
  it("gives RFC 9562's example and Python's uuid5 results for the DNS namespace", () => {
    // RFC 9562 appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('is stable, version 5, variant RFC 4122, and different for different names', () => {
    const a = exportUuid('stix:indicator:leakbase.la');
    expect(exportUuid('stix:indicator:leakbase.la')).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(exportUuid('stix:indicator:leakbase.bz')).not.toBe(a);
  });
});

describe('list version', () => {
  it.each([
    ['2026-11-25', '2026.11.25', 2026112500],
    ['2026-03-04', '2026.3.4', 2026030400],
  ])('%s → %s, serial %d', (date, version, serial) => {
    expect(versionFromDate(date)).toBe(version);
    expect(rpzSerial(version)).toBe(serial);
  });

  it.each([
    ['2026.11.25.1', 2026112501],
    ['2026.11.25.42', 2026112542],
    ['2026.1.5.0', 2026010500],
  ])('%s → serial %d (grows with N, fits 32 bits)', (version, serial) => {
    expect(versionProblem(version)).toBeNull();
    expect(rpzSerial(version)).toBe(serial);
    expect(serial).toBeLessThan(2 ** 32);
  });

  it.each(['2026-11-25', '2026.13.1', '2026.11.32', '2026.011.25', '2026.11.25.100', 'v2026.11.25', ''])(
    'refuses %j',
    (version) => {
      expect(versionProblem(version)).toContain('list version must be YYYY.M.D or YYYY.M.D.N');
      expect(() => rpzSerial(version)).toThrow();
    },
  );
});

describe('asUri', () => {
  it.each([
    ['https://a.example/x?y=1#z', 'https://a.example/x?y=1#z'],
    ['https://a.example/caf\u00e9', 'https://a.example/caf%C3%A9'],
    ["https://a.example/it-\\'s", "https://a.example/it-%5C's"],
    ['https://a.example/a b', 'https://a.example/a%20b'],
    ['https://a.example/100%', 'https://a.example/100%25'],
    ['https://a.example/%C3%A9', 'https://a.example/%C3%A9'],
  ])('%s → %s', (url, uri) => {
    expect(asUri(url)).toBe(uri);
  });
});

describe('package.json', () => {
  it('carries the release version (the list date, and the revision of src/data/release.json)', () => {
    // npm takes three numbers: a revision (YYYY.M.D.N) is written as build metadata, YYYY.M.D+N.
    const root = join(import.meta.dirname, '..', '..');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const index = JSON.parse(readFileSync(join(root, 'src', 'generated', 'index.json'), 'utf8')) as { date: string };
    const revision = JSON.parse(readFileSync(join(root, 'src', 'data', 'release.json'), 'utf8')) as ReleaseRevision;
    const expected = releaseVersion(index.date, revision).replace(/^(\d+\.\d+\.\d+)\.(\d+)$/, '$1+$2');
    expect(pkg.version, 'set "version" in package.json to the release version').toBe(expected);
  });
});
