// npm run dataset:format: rewrite every operation file in its canonical form (sorted domains, 2-space JSON).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalText } from '../core/compile-dataset.ts';
import type { Operation } from '../core/dataset-types.ts';
import { OPERATIONS_DIR, readOperationFiles } from './dataset-sources.ts';

let changed = 0;
for (const file of readOperationFiles()) {
  const path = join(OPERATIONS_DIR, file.name);
  const text = canonicalText(JSON.parse(readFileSync(path, 'utf8')) as Operation);
  if (text !== file.text) {
    writeFileSync(path, text);
    changed++;
    console.log(`formatted ${file.name}`);
  }
}
console.log(`${changed} file(s) rewritten`);
