// npm run --silent check -- URL...   (or one URL per line on standard input)
// Prints one JSON object per input, in order; exits 2 when any input was not a URL. A URL whose host
// cannot be on the list (an IP address, localhost, a scheme that shows no web page) is no error.
// Standard input is read line by line with bounded memory, and the output waits for a slow reader, so input of any
// size costs about one longest-allowed URL in memory; an input is echoed back at most MAX_ECHO characters long.
import { checkLine, echoInput } from '../publish/check-line.ts';
import { MAX_URL_LENGTH } from '../core/host.ts';
import { createMatcher } from '../core/matcher.ts';
import { readCompiledDataset } from './dataset-sources.ts';
import { boundedLines } from './line-reader.ts';

const dataset = readCompiledDataset('check');
const matcher = createMatcher(dataset.domains);

let failed = false;

/** Writes one result, waiting while the reader of standard output is behind. */
async function answer(input: string, length = input.length): Promise<void> {
  // A line longer than any URL is cut after MAX_URL_LENGTH + 1 characters: still longer than the limit, so refused.
  const line = { ...checkLine(matcher, input), ...echoInput(input, length) };
  if ('error' in line) failed = true;
  if (!process.stdout.write(`${JSON.stringify(line)}\n`))
    await new Promise((resolve) => process.stdout.once('drain', resolve));
}

const args = process.argv.slice(2);
if (args.length > 0) {
  for (const input of args) await answer(input);
} else {
  // Blank lines on standard input (such as a final newline) are skipped, not reported.
  for await (const line of boundedLines(process.stdin, MAX_URL_LENGTH + 1)) {
    if (line.text.trim() !== '') await answer(line.text, line.length);
  }
}
// Not process.exit(): it would cut off output still queued for a pipe (measured: a 2 MiB URL's line was lost).
process.exitCode = failed ? 2 : 0;
