// Prints one closing line for the whole test command, from the JSON reports of the vitest runs:
// "tests: N passed, N failed, N skipped", plus the count per tier.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const dir = join(import.meta.dirname, '..', 'test-results');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const tier of ['unit', 'e2e']) {
  const file = join(dir, `${tier}.json`);
  if (!existsSync(file)) {
    console.log(`${tier}: no report (the run did not reach this tier)`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as Report;
  console.log(
    `${tier}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`,
  );
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
