// npm run release is reproducible: two runs from the same sources, into different folders, give the same files
// with the same bytes (the zips, the store texts, the exports, the changelog, the checksums).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/tools/zip.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function release(): { dir: string; files: Map<string, Buffer> } {
  const out = mkdtempSync(join(tmpdir(), 'takedown-alert-release-'));
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['src/tools/release.ts', '--out', out, '--no-record', '--no-screenshots'],
    { cwd: ROOT, stdio: 'pipe' },
  );
  const [version] = readdirSync(out);
  const dir = join(out, version);
  return { dir, files: new Map(filesUnder(dir).map((f) => [relative(dir, f), readFileSync(f)])) };
}

describe('npm run release', () => {
  it('makes the same bytes twice, with every file a release needs and correct checksums', () => {
    const first = release();
    const second = release();
    const names = [...first.files.keys()].sort();
    expect([...second.files.keys()].sort()).toEqual(names);
    const differing = names.filter((n) => !first.files.get(n)!.equals(second.files.get(n)!));
    expect(differing).toEqual([]);
    const version = first.dir.split(/[\\/]/).pop()!;
    for (const needed of [
      `takedown-alert-${version}-chrome.zip`,
      `takedown-alert-${version}-firefox.zip`,
      'CHANGELOG.md',
      'SHA256SUMS',
      'store/description-en.txt',
      'store/description-nl.txt',
      'store/permissions.md',
      'store/privacy-policy.html',
      'exports/takedown-alert.rpz',
      'exports/takedown-alert.stix.json',
      'exports/takedown-alert-misp/manifest.json',
    ])
      expect(names, needed).toContain(needed);
    const sums = first.files.get('SHA256SUMS')!.toString('utf8').trim().split('\n');
    expect(sums).toHaveLength(names.length - 1);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(createHash('sha256').update(first.files.get(name)!).digest('hex'), name).toBe(hash);
    }
  }, 300_000);
});
