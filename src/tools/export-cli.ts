// npm run --silent export -- --format domains|hosts|ubo|dnr|json [--min-confidence high|medium|low] [--historical include|exclude]
// Writes the list to standard output only, so it can be redirected or piped; usage errors go to stderr with exit 2.
import { CONFIDENCES, type Confidence } from '../core/dataset-types.ts';
import { EXPORT_FORMATS, exportList, type ExportFormat, type ExportOptions } from '../core/export-formats.ts';
import { readCompiledDataset } from './dataset-sources.ts';

const USAGE = `usage: npm run --silent export -- --format ${EXPORT_FORMATS.join('|')} [--min-confidence ${CONFIDENCES.join('|')}] [--historical include|exclude]
  --format          domains: one per line; hosts: "0.0.0.0 name"; ubo: uBlock Origin / AdGuard "||name^";
                    dnr: Chrome declarativeNetRequest ruleset; json: every field, with evidence
  --min-confidence  keep domains with at least this confidence (default low: all)
  --historical      include or exclude domains that are used, lapsed or re-registered but not seized (default include)
`;

const CHOICES = {
  '--format': EXPORT_FORMATS,
  '--min-confidence': CONFIDENCES,
  '--historical': ['include', 'exclude'],
} as const satisfies Record<string, readonly string[]>;
type Flag = keyof typeof CHOICES;

function fail(message: string): never {
  process.stderr.write(`export: ${message}\n${USAGE}`);
  process.exit(2);
}

/** Accepts "--flag value" and "--flag=value"; each flag at most once; nothing positional. */
function parse(args: string[]): { format: ExportFormat; options: ExportOptions } {
  const given = new Map<Flag, string>();
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    if (!(name in CHOICES)) fail(`unknown argument: ${args[i]}`);
    const flag = name as Flag;
    if (given.has(flag)) fail(`${flag} given more than once`);
    const value = inline ?? args[++i];
    if (value === undefined) fail(`${flag} needs a value (${CHOICES[flag].join(', ')})`);
    if (!(CHOICES[flag] as readonly string[]).includes(value)) fail(`${flag} must be one of ${CHOICES[flag].join(', ')}, not "${value}"`);
    given.set(flag, value);
  }
  const format = given.get('--format');
  if (format === undefined) fail('--format is required');
  return {
    format: format as ExportFormat,
    options: {
      minConfidence: (given.get('--min-confidence') ?? 'low') as Confidence,
      includeHistorical: (given.get('--historical') ?? 'include') === 'include',
    },
  };
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const { format, options } = parse(args);

const dataset = readCompiledDataset('export');

// A reader that stops early (| head) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.stdout.write(exportList(dataset, format, options));
