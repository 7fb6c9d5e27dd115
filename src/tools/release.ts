// npm run release [-- --out DIR] [--no-record] [--no-screenshots]: everything a release needs, in
// DIR/<version>/ (default dist/release): the Chrome and Firefox zips, the store listings (nl and en), the
// permission justifications, the privacy policy page, the exports for administrators, the store screenshots
// from the last end-to-end run, CHANGELOG.md and SHA256SUMS. Same sources, same bytes: nothing in it depends on
// the time, the folder or the machine (the screenshots aside, which the end-to-end run makes).
//
// The release also records what it lists (src/data/releases/<version>.json) and rewrites CHANGELOG.md, unless
// --no-record (the reproducibility test). A list that changed after its version was recorded is an error: give
// it a new list date.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { renderChangelog } from '../publish/changelog.ts';
import type { CompiledDataset } from '../core/dataset-types.ts';
import { exportFiles } from '../publish/export-formats.ts';
import type { ChangeRecord } from '../pipeline/review-log.ts';
import { compareVersions, snapshotOf, type ReleaseSnapshot } from '../pipeline/release-snapshot.ts';
import {
  permissionJustifications,
  privacyPolicyHtml,
  promisesFromReadme,
  storeDescription,
  type ListingFacts,
} from '../publish/store-listing.ts';
import { DATA_DIR, REVIEW_LOG_DIR, readSnapshots } from './dataset-sources.ts';
import { filesUnder, zipBuild } from './zip.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-results', 'store-screenshots');
const SNAPSHOT_DIR = join(DATA_DIR, 'releases');

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const outIndex = args.indexOf('--out');
const outRoot = outIndex >= 0 ? args[outIndex + 1] : join(ROOT, 'dist', 'release');
const unknown = args.filter(
  (a, i) => !['--out', '--no-record', '--no-screenshots'].includes(a) && args[i - 1] !== '--out',
);
if (!outRoot || unknown.length > 0) {
  process.stderr.write('usage: npm run release -- [--out DIR] [--no-record] [--no-screenshots]\n');
  process.exit(2);
}

function write(file: string, data: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

// 1. The list and both builds, in a work folder of their own (nothing of dist/ or src/generated is touched).
const work = join(outRoot, '.work');
rmSync(work, { recursive: true, force: true });
const generated = join(work, 'generated');
const built = join(work, 'dist');
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const vite = join(ROOT, 'node_modules', '.bin', 'vite');
execFileSync(tsx, ['src/tools/compile-dataset.ts', '--out', generated], { cwd: ROOT, stdio: 'inherit' });
// Only this release's own settings: no test variants, and none of a test runner's variables (vite.config.ts leaves
// the extension plugins out when it sees them).
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !k.startsWith('TAKEDOWN_')),
);
Object.assign(env, { TAKEDOWN_GENERATED: generated, TAKEDOWN_DIST: built });
execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: ROOT, env, stdio: 'inherit' });
execFileSync(vite, ['build', '--mode', 'firefox', '--logLevel', 'warn'], { cwd: ROOT, env, stdio: 'inherit' });

const dataset = JSON.parse(readFileSync(join(generated, 'dataset.json'), 'utf8')) as CompiledDataset;
const manifest = JSON.parse(readFileSync(join(built, 'chrome', 'manifest.json'), 'utf8')) as {
  version: string;
  permissions: string[];
  optional_permissions?: string[];
};
const version = manifest.version;
const out = join(outRoot, version);
rmSync(out, { recursive: true, force: true });

// 2. The packages, as the stores take them.
for (const target of ['chrome', 'firefox']) {
  write(join(out, `takedown-alert-${version}-${target}.zip`), zipBuild(join(built, target)));
}

// 3. The snapshot of this list and the changelog.
const current = snapshotOf(dataset, version);
const recorded = readSnapshots();
const same = (a: ReleaseSnapshot, b: ReleaseSnapshot) =>
  JSON.stringify([a.domains, a.operations]) === JSON.stringify([b.domains, b.operations]);
const ownRecord = recorded.find((s) => s.version === version);
if (ownRecord && !same(ownRecord, current)) {
  process.stderr.write(
    `release: the list changed after ${version} was recorded (src/data/releases/${version}.json); give the list a new date\n`,
  );
  process.exit(1);
}
const latest = [...recorded].sort((a, b) => compareVersions(b.version, a.version))[0];
// A code-only fix (same list, a fourth number) adds no snapshot: the changelog follows the list.
const codeOnly = !ownRecord && latest !== undefined && same(latest, current);
const snapshots = ownRecord || codeOnly ? recorded : [...recorded, current];
if (!flag('--no-record') && !ownRecord && !codeOnly)
  write(join(SNAPSHOT_DIR, `${version}.json`), `${JSON.stringify(current, null, 2)}\n`);
const reviewLog = readdirSync(REVIEW_LOG_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(REVIEW_LOG_DIR, f), 'utf8')) as ChangeRecord[]);
const changelog = renderChangelog({
  snapshots,
  reviewLog,
  operationNames: Object.fromEntries(dataset.operations.map((o) => [o.id, o.platform.en])),
});
write(join(out, 'CHANGELOG.md'), changelog);
if (!flag('--no-record')) writeFileSync(join(ROOT, 'CHANGELOG.md'), changelog);

// 4. The store listings, the permission justifications and the privacy policy.
const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
const facts: ListingFacts = {
  version,
  dataset,
  permissions: manifest.permissions,
  optionalPermissions: manifest.optional_permissions ?? [],
  summary: { en: messages('en').extDescription.message, nl: messages('nl').extDescription.message },
};
const promises = promisesFromReadme(readFileSync(join(ROOT, 'README.md'), 'utf8'));
write(join(out, 'store', 'description-en.txt'), storeDescription(facts, 'en'));
write(join(out, 'store', 'description-nl.txt'), storeDescription(facts, 'nl'));
write(join(out, 'store', 'permissions.md'), permissionJustifications(facts, promises));
write(join(out, 'store', 'privacy-policy.html'), privacyPolicyHtml(promises, version));

// 5. The lists for administrators, in every format, with this release's version.
for (const file of exportFiles(dataset, undefined, { version })) write(join(out, 'exports', file.name), file.content);

// 6. The store screenshots the end-to-end run took from the real extension.
if (!flag('--no-screenshots')) {
  const shots = existsSync(SCREENSHOTS)
    ? readdirSync(SCREENSHOTS)
        .filter((f) => f.endsWith('.png'))
        .sort()
    : [];
  if (shots.length === 0) {
    process.stderr.write(
      'release: no store screenshots in test-results/store-screenshots; run npm run test:e2e first (or pass --no-screenshots)\n',
    );
    process.exit(1);
  }
  mkdirSync(join(out, 'screenshots'), { recursive: true });
  for (const shot of shots) copyFileSync(join(SCREENSHOTS, shot), join(out, 'screenshots', shot));
}

// 7. Checksums of everything above.
const files = filesUnder(out)
  .map((f) => relative(out, f).split('\\').join('/'))
  .sort();
const sums = files
  .map(
    (f) =>
      `${createHash('sha256')
        .update(readFileSync(join(out, f)))
        .digest('hex')}  ${f}`,
  )
  .join('\n');
writeFileSync(join(out, 'SHA256SUMS'), `${sums}\n`);
rmSync(work, { recursive: true, force: true });

const size = (f: string) => readFileSync(join(out, f)).length;
console.log(`release ${version} in ${relative(process.cwd(), out) || '.'}:`);
for (const f of [...files, 'SHA256SUMS']) console.log(`  ${String(size(f)).padStart(9)}  ${f}`);
