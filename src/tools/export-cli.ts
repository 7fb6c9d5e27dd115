// npm run --silent export -- --format FORMAT [options]: writes the list to standard output, or with --out-dir
// as release files (misp and all need it: they are several files). Usage errors go to stderr with exit 2.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIDENCES, type Confidence } from '../core/dataset-types.ts';
import {
  EXPORT_FORMATS,
  SINGLE_FILE_FORMATS,
  exportFiles,
  exportFormatFiles,
  exportList,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
  type ListSettings,
  type SingleFileFormat,
} from '../publish/export-formats.ts';
import { RPZ_POLICIES, rpzTargetProblem } from '../publish/export-rpz.ts';
import { versionProblem } from '../pipeline/list-version.ts';
import { readCompiledDataset } from './dataset-sources.ts';

const FORMAT_CHOICES = [...EXPORT_FORMATS, 'all'] as const;

const USAGE = `usage: npm run --silent export -- --format ${FORMAT_CHOICES.join('|')} [--min-confidence ${CONFIDENCES.join('|')}]
         [--historical include|exclude] [--released include|exclude] [--list-version YYYY.M.D[.N]]
         [--rpz-policy nxdomain|cname] [--rpz-target HOST] [--out-dir DIR]
  --format          domains: one per line; hosts: "0.0.0.0 name"; ubo: adblock-style "||name^" (uBlock Origin,
                    AdGuard Home, Pi-hole); dnr: Chrome declarativeNetRequest ruleset; json: every field, with
                    evidence; rpz: DNS response policy zone; stix: STIX 2.1 bundle; misp: MISP feed (a folder);
                    all: every format (needs --out-dir)
  --min-confidence  keep domains with at least this confidence (default low: all)
  --historical      include or exclude domains that are used, lapsed or re-registered but not seized (default include)
  --released        block lapsed and re-registered domains too (default exclude: not blocked; json, stix and misp
                    still describe them, marked not actionable)
  --list-version    the version the headers, the RPZ serial and STIX ids carry (default: the list date, YYYY.M.D)
  --rpz-policy      nxdomain (default): listed names do not exist; cname: they point to --rpz-target
  --rpz-target      your warning host for --rpz-policy cname (a fully qualified name, e.g. warning.corp.example)
  --out-dir         write release files (named as in a release) into this folder instead of standard output
`;

const CHOICES = {
  '--format': FORMAT_CHOICES,
  '--min-confidence': CONFIDENCES,
  '--historical': ['include', 'exclude'],
  '--released': ['include', 'exclude'],
  '--rpz-policy': RPZ_POLICIES,
} as const satisfies Record<string, readonly string[]>;
const FREE = ['--list-version', '--rpz-target', '--out-dir'] as const;
type Flag = keyof typeof CHOICES | (typeof FREE)[number];
const FLAGS: readonly string[] = [...Object.keys(CHOICES), ...FREE];

function fail(message: string): never {
  process.stderr.write(`export: ${message}\n${USAGE}`);
  process.exit(2);
}

interface Request {
  format: ExportFormat | 'all';
  options: ExportOptions;
  settings: ListSettings;
  outDir?: string;
}

/** Accepts "--flag value" and "--flag=value"; each flag at most once; nothing positional. */
function parse(args: string[]): Request {
  const given = new Map<Flag, string>();
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    if (!FLAGS.includes(name)) fail(`unknown argument: ${args[i]}`);
    const flag = name as Flag;
    if (given.has(flag)) fail(`${flag} given more than once`);
    const value = inline ?? args[++i];
    const choices: readonly string[] | undefined = flag in CHOICES ? CHOICES[flag as keyof typeof CHOICES] : undefined;
    if (value === undefined) fail(`${flag} needs a value${choices ? ` (${choices.join(', ')})` : ''}`);
    if (choices && !choices.includes(value)) fail(`${flag} must be one of ${choices.join(', ')}, not "${value}"`);
    given.set(flag, value);
  }
  const format = given.get('--format') as Request['format'] | undefined;
  if (format === undefined) fail('--format is required');
  const outDir = given.get('--out-dir');
  if (!outDir && !(SINGLE_FILE_FORMATS as readonly string[]).includes(format))
    fail(`--format ${format} writes several files: give --out-dir`);
  const version = given.get('--list-version');
  if (version !== undefined && versionProblem(version)) fail(versionProblem(version)!);
  const policy = given.get('--rpz-policy') ?? 'nxdomain';
  const target = given.get('--rpz-target');
  if (policy === 'cname' && target === undefined)
    fail('--rpz-policy cname needs --rpz-target HOST (your warning host)');
  if (policy !== 'cname' && target !== undefined) fail('--rpz-target goes with --rpz-policy cname');
  if (target !== undefined && rpzTargetProblem(target)) fail(rpzTargetProblem(target)!);
  return {
    format,
    outDir,
    options: {
      minConfidence: (given.get('--min-confidence') ?? 'low') as Confidence,
      includeHistorical: (given.get('--historical') ?? 'include') === 'include',
      includeReleased: given.get('--released') === 'include',
    },
    settings: {
      ...(version !== undefined ? { version } : {}),
      rpz: policy === 'cname' ? { policy: 'cname', target: target! } : { policy: 'nxdomain' },
    },
  };
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const { format, options, settings, outDir } = parse(args);

const dataset = readCompiledDataset('export');

// A reader that stops early (| head) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
if (outDir === undefined) {
  process.stdout.write(exportList(dataset, format as SingleFileFormat, options, settings));
} else {
  const files: ExportFile[] =
    format === 'all' ? exportFiles(dataset, options, settings) : exportFormatFiles(dataset, format, options, settings);
  for (const file of files) {
    const path = join(outDir, ...file.name.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    process.stdout.write(`${path} (${Buffer.byteLength(file.content)} bytes)\n`);
  }
}
