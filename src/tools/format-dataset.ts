// npm run dataset:format: rewrite every operation file and source document in its canonical form
// (operation files: sorted domains, 2-space JSON; source documents: header fields in order).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalText } from '../pipeline/compile-dataset.ts';
import type { OperationFile } from '../core/dataset-types.ts';
import { parseSourceDocument, sourceDocumentText } from '../pipeline/source-document.ts';
import { CANDIDATES_DIR, OPERATIONS_DIR, REVIEW_LOG_DIR, SOURCES_DIR, readOperationFiles } from './dataset-sources.ts';

let changed = 0;
function rewrite(path: string, before: string, after: string): void {
  if (after === before) return;
  writeFileSync(path, after);
  changed++;
  console.log(`formatted ${path}`);
}

for (const file of readOperationFiles()) {
  rewrite(join(OPERATIONS_DIR, file.name), file.text, canonicalText(JSON.parse(file.text) as OperationFile));
}
for (const file of readOperationFiles(SOURCES_DIR, '.txt')) {
  const parsed = parseSourceDocument(file.name, file.text);
  // A document with problems is left as it is: the compiler reports them with file, field and reason.
  if (parsed.ok) rewrite(join(SOURCES_DIR, file.name), file.text, sourceDocumentText(parsed.doc));
}
for (const dir of [CANDIDATES_DIR, REVIEW_LOG_DIR]) {
  for (const file of readOperationFiles(dir))
    rewrite(join(dir, file.name), file.text, `${JSON.stringify(JSON.parse(file.text), null, 2)}\n`);
}
console.log(`${changed} file(s) rewritten`);
