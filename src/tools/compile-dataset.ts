// npm run dataset: validate src/data and write the compiled dataset the extension bundles.
// Fails (exit 1) with file, field and reason on any problem; nothing half-valid is written.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GENERATED_FILE, compileFromDisk } from './dataset-sources.ts';

const result = compileFromDisk();
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
if (!result.dataset) {
  for (const error of result.errors) console.error(`error: ${error}`);
  console.error(`dataset: ${result.errors.length} error(s); nothing written`);
  process.exit(1);
}
mkdirSync(dirname(GENERATED_FILE), { recursive: true });
// Write then rename, so a reader running at the same time (another test, the checker) never sees half a file.
const temporary = `${GENERATED_FILE}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(result.dataset)}\n`);
renameSync(temporary, GENERATED_FILE);
