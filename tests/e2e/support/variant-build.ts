// Builds of the extension from another list, exactly as npm run build makes the real one (same compiler, same
// vite configuration), into a folder of their own: the update test's "next version" and the design before.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * current: this design; host-access: the listed sites optional, rules only with access to them (the design before);
 * required-hosts: the listed sites as required host permissions (the first design).
 */
export type Design = 'current' | 'host-access' | 'required-hosts';

export interface VariantBuild {
  chrome: string;
  firefox: string;
  version: string;
}

export interface VariantOptions {
  /** Where the build goes (data, generated list, dist). */
  dir: string;
  /** Files added to a copy of src/data (operations/, sources/, candidates/ …), for a later list. */
  extraData?: string;
  /** Build this data folder (same layout as src/data) instead of a copy of src/data: the synthetic list. */
  data?: string;
  /** The update URL written into both manifests. */
  updateUrl?: string;
  /** A design before this one (vite.config.ts, TAKEDOWN_DESIGN); this design by default. */
  design?: Design;
}

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const vite = join(ROOT, 'node_modules', '.bin', 'vite');

export function buildVariant(options: VariantOptions): VariantBuild {
  const data = options.data ?? join(options.dir, 'data');
  const generated = join(options.dir, 'generated');
  const dist = join(options.dir, 'dist');
  mkdirSync(options.dir, { recursive: true });
  if (!options.data) cpSync(join(ROOT, 'src', 'data'), data, { recursive: true });
  if (options.extraData) cpSync(options.extraData, data, { recursive: true });
  execFileSync(tsx, ['src/tools/compile-dataset.ts', '--data', data, '--out', generated], { cwd: ROOT, stdio: 'pipe' });
  // Without the test runner's own variables: vite.config.ts leaves out the extension plugins when it sees them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  const env = {
    ...inherited,
    TAKEDOWN_GENERATED: generated,
    TAKEDOWN_DIST: dist,
    ...(options.updateUrl ? { TAKEDOWN_UPDATE_URL: options.updateUrl } : {}),
    ...(options.design && options.design !== 'current' ? { TAKEDOWN_DESIGN: options.design } : {}),
  };
  execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: ROOT, env, stdio: 'pipe' });
  execFileSync(vite, ['build', '--mode', 'firefox', '--logLevel', 'warn'], { cwd: ROOT, env, stdio: 'pipe' });
  const chrome = join(dist, 'chrome');
  const version = (JSON.parse(readFileSync(join(chrome, 'manifest.json'), 'utf8')) as { version: string }).version;
  return { chrome, firefox: join(dist, 'firefox'), version };
}
