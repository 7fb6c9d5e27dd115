// npm run --silent check -- URL...   (or one URL per line on standard input)
// Prints one JSON object per input, in order; exits 2 when any input was not a URL. A URL whose host
// cannot be on the list (an IP address, localhost, a scheme that shows no web page) is no error.
import { readFileSync } from 'node:fs';
import { checkLine } from '../core/check-line.ts';
import { createMatcher } from '../core/matcher.ts';
import { readCompiledDataset } from './dataset-sources.ts';

const dataset = readCompiledDataset('check');
const matcher = createMatcher(dataset.domains);

const args = process.argv.slice(2);
// Blank lines on standard input (such as a final newline) are skipped, not reported.
const inputs = args.length > 0 ? args : readFileSync(0, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');

let failed = false;
for (const input of inputs) {
  const line = checkLine(matcher, input);
  if ('error' in line) failed = true;
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
// Not process.exit(): it would cut off output still queued for a pipe (measured: a 2 MiB URL's line was lost).
process.exitCode = failed ? 2 : 0;
