// npm run dataset: validate src/data and write the compiled dataset the extension bundles.
// Fails (exit 1) with file, field and reason on any problem; nothing half-valid is written.
import { mkdirSync, writeFileSync } from 'node:fs';
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
writeFileSync(GENERATED_FILE, `${JSON.stringify(result.dataset)}\n`);
