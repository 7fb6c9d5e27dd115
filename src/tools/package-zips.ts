// After the build: one store-ready zip per browser, next to the unpacked folders in dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipBuild } from './zip.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');

for (const target of ['chrome', 'firefox']) {
  const dir = join(dist, target);
  const { version } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
  const out = join(dist, `takedown-alert-${version}-${target}.zip`);
  const zipped = zipBuild(dir);
  writeFileSync(out, zipped);
  console.log(`${relative(process.cwd(), out)}: ${zipped.length} bytes`);
}
