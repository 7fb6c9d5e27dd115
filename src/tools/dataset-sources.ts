// Reads the dataset's source files from disk for the build-time tools (Node only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getPublicSuffix } from 'tldts';
import {
  compileDataset,
  type CompileResult,
  type NeverFlagEntry,
  type SourceFile,
} from '../pipeline/compile-dataset.ts';
import type { CompiledDataset } from '../core/dataset-types.ts';
import { todayIso } from '../core/list-age.ts';
import type { ReleaseRevision } from '../pipeline/list-version.ts';
import type { ReleaseSnapshot } from '../pipeline/release-snapshot.ts';

export const DATA_DIR = join(import.meta.dirname, '..', 'data');
export const OPERATIONS_DIR = join(DATA_DIR, 'operations');
export const SOURCES_DIR = join(DATA_DIR, 'sources');
export const CANDIDATES_DIR = join(DATA_DIR, 'candidates');
export const REVIEW_LOG_DIR = join(DATA_DIR, 'review-log');
export const GENERATED_DIR = join(import.meta.dirname, '..', 'generated');
export const GENERATED_FILE = join(GENERATED_DIR, 'dataset.json');

export function readOperationFiles(dir = OPERATIONS_DIR, extension = '.json'): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ name: basename(name), text: readFileSync(join(dir, name), 'utf8') }));
}

export function readNeverFlag(dataDir = DATA_DIR): NeverFlagEntry[] {
  return JSON.parse(readFileSync(join(dataDir, 'never-flag.json'), 'utf8')) as NeverFlagEntry[];
}

/** The public-suffix list is only consulted here, at build time, to reject entries; matching never uses it. */
export function isPublicSuffix(domain: string): boolean {
  return getPublicSuffix(domain, { allowPrivateDomains: true }) === domain;
}

/** Compiles the list in a data folder (src/data by default; a synthetic or test list elsewhere has the same layout). */
export function compileFromDisk(dataDir = DATA_DIR): CompileResult {
  const dir = (name: string) => join(dataDir, name);
  return compileDataset(readOperationFiles(dir('operations')), {
    neverFlag: readNeverFlag(dataDir),
    sources: readOperationFiles(dir('sources'), '.txt'),
    candidates: readOperationFiles(dir('candidates')),
    reviewLog: readOperationFiles(dir('review-log')),
    today: todayIso(),
    isPublicSuffix,
  });
}

/** The compiled list for a command-line tool; without it, says how to make it and exits 1. */
export function readCompiledDataset(tool: string): CompiledDataset {
  if (!existsSync(GENERATED_FILE)) {
    process.stderr.write(
      `${tool}: no compiled dataset; run npm run dataset first (npm run ${tool} does this itself)\n`,
    );
    process.exit(1);
  }
  return JSON.parse(readFileSync(GENERATED_FILE, 'utf8')) as CompiledDataset;
}

/** A code-only fix's revision number for this list (src/data/release.json); absent in other data folders. */
export function readReleaseRevision(dataDir = DATA_DIR): ReleaseRevision | undefined {
  const file = join(dataDir, 'release.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ReleaseRevision) : undefined;
}

/** What earlier releases listed (src/data/releases/<version>.json). */
export function readSnapshots(dataDir = DATA_DIR): ReleaseSnapshot[] {
  return readOperationFiles(join(dataDir, 'releases')).map((f) => JSON.parse(f.text) as ReleaseSnapshot);
}
