// After the build: one store-ready zip per browser, next to the unpacked folders in dist/.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zip } from './zip.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

for (const target of ['chrome', 'firefox']) {
  const dir = join(dist, target);
  const { version } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
  const files = filesUnder(dir)
    .filter((f) => !f.endsWith('.vite/manifest.json') && !relative(dir, f).startsWith('.vite'))
    .map((f) => ({ path: relative(dir, f).split('\\').join('/'), data: readFileSync(f) }));
  const out = join(dist, `takedown-alert-${version}-${target}.zip`);
  writeFileSync(out, zip(files));
  console.log(`${relative(process.cwd(), out)}: ${files.length} files`);
}
