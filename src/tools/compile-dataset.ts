// npm run dataset [-- --data DIR --out DIR]: validate the list's source files and write what the extension and
// the tools read: dataset.json (everything, for the command-line tools), index.json (the whole domain index, for
// the background, the rules and the catalogue), shards/<n>.json (the index in shards, for the popup and the
// warning page), list-meta.json (the list's date, version and counts) and operations/<id>.json (one operation
// each, loaded only where shown).
// Fails (exit 1) with file, field and reason on any problem; nothing half-valid is written.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitDataset } from '../pipeline/split-dataset.ts';
import { releaseVersion } from '../pipeline/list-version.ts';
import { diffSnapshots, previousSnapshot, snapshotOf } from '../pipeline/release-snapshot.ts';
import { DATA_DIR, GENERATED_DIR, compileFromDisk, readReleaseRevision, readSnapshots } from './dataset-sources.ts';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const dataDir = option('--data') ?? DATA_DIR;
const outDir = option('--out') ?? GENERATED_DIR;
const result = compileFromDisk(dataDir);
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
if (!result.dataset) {
  for (const error of result.errors) console.error(`error: ${error}`);
  console.error(`dataset: ${result.errors.length} error(s); nothing written`);
  process.exit(1);
}

// Everything is written into a fresh folder that then replaces the old one, so a reader running at the same
// time (another test, the checker) never sees half a list, and no operation removed from the list lingers.
const staging = `${outDir}.${process.pid}.tmp`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(join(staging, 'operations'), { recursive: true });
mkdirSync(join(staging, 'shards'), { recursive: true });
const version = releaseVersion(result.dataset.date, readReleaseRevision(dataDir));
const previous = previousSnapshot(readSnapshots(dataDir), version);
const parts = splitDataset(
  result.dataset,
  version,
  previous ? diffSnapshots(previous, snapshotOf(result.dataset, version)) : null,
);
writeFileSync(join(staging, 'dataset.json'), `${JSON.stringify(result.dataset)}\n`);
writeFileSync(join(staging, 'index.json'), `${JSON.stringify(parts.index)}\n`);
for (const [id, op] of Object.entries(parts.operations))
  writeFileSync(join(staging, 'operations', `${id}.json`), `${JSON.stringify(op)}\n`);
parts.shards.forEach((shard, k) => writeFileSync(join(staging, 'shards', `${k}.json`), `${JSON.stringify(shard)}\n`));
writeFileSync(join(staging, 'list-meta.json'), `${JSON.stringify(parts.meta)}\n`);
const old = `${outDir}.${process.pid}.old`;
try {
  renameSync(outDir, old);
} catch {
  // No earlier list: nothing to move aside.
}
renameSync(staging, outDir);
rmSync(old, { recursive: true, force: true });
