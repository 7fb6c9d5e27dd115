// Reads the dataset's source files from disk for the build-time tools (Node only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getPublicSuffix } from 'tldts';
import { compileDataset, type CompileResult, type NeverFlagEntry, type SourceFile } from '../core/compile-dataset.ts';
import type { CompiledDataset } from '../core/dataset-types.ts';
import { todayIso } from '../core/list-age.ts';

export const DATA_DIR = join(import.meta.dirname, '..', 'data');
export const OPERATIONS_DIR = join(DATA_DIR, 'operations');
export const SOURCES_DIR = join(DATA_DIR, 'sources');
export const CANDIDATES_DIR = join(DATA_DIR, 'candidates');
export const REVIEW_LOG_DIR = join(DATA_DIR, 'review-log');
export const GENERATED_FILE = join(import.meta.dirname, '..', 'generated', 'dataset.json');

export function readOperationFiles(dir = OPERATIONS_DIR, extension = '.json'): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ name: basename(name), text: readFileSync(join(dir, name), 'utf8') }));
}

export function readNeverFlag(): NeverFlagEntry[] {
  return JSON.parse(readFileSync(join(DATA_DIR, 'never-flag.json'), 'utf8')) as NeverFlagEntry[];
}

/** The public-suffix list is only consulted here, at build time, to reject entries; matching never uses it. */
export function isPublicSuffix(domain: string): boolean {
  return getPublicSuffix(domain, { allowPrivateDomains: true }) === domain;
}

export function compileFromDisk(): CompileResult {
  return compileDataset(readOperationFiles(), {
    neverFlag: readNeverFlag(),
    sources: readOperationFiles(SOURCES_DIR, '.txt'),
    candidates: readOperationFiles(CANDIDATES_DIR),
    reviewLog: readOperationFiles(REVIEW_LOG_DIR),
    today: todayIso(),
    isPublicSuffix,
  });
}

/** The compiled list for a command-line tool; without it, says how to make it and exits 1. */
export function readCompiledDataset(tool: string): CompiledDataset {
  if (!existsSync(GENERATED_FILE)) {
    process.stderr.write(`${tool}: no compiled dataset; run npm run dataset first (npm run ${tool} does this itself)\n`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(GENERATED_FILE, 'utf8')) as CompiledDataset;
}
