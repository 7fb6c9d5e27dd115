// Builds the extension for Chrome (default) or Firefox (--mode firefox) from the one manifest.json.
// The list decides two manifest fields at build time: the version (from the list date, src/core/list-version.ts)
// and optional_host_permissions (one pattern per listed domain). Other lists (the synthetic 10,000-domain list,
// the update test's next version) are built the same way with TAKEDOWN_GENERATED and TAKEDOWN_DIST.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type { BundledIndex } from './src/core/bundle-layout.ts';
import { hostPermissionPatterns } from './src/core/host-permissions.ts';
import { releaseVersion, type ReleaseRevision } from './src/core/list-version.ts';

const root = import.meta.dirname;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as T;
const GENERATED = resolve(root, process.env.TAKEDOWN_GENERATED ?? 'src/generated');
const DIST = resolve(root, process.env.TAKEDOWN_DIST ?? 'dist');
/** Only test builds set these: an update URL makes the build installable as a packed, updatable extension. */
const UPDATE_URL = process.env.TAKEDOWN_UPDATE_URL;
/**
 * The update test also builds the design before this one, where the listed sites were required host
 * permissions, to show what that did on update (TAKEDOWN_HOSTS_AS=required). Releases never set it.
 */
const HOSTS_REQUIRED = process.env.TAKEDOWN_HOSTS_AS === 'required';

/**
 * The content script is registered at run time (src/platform/content-scripts.ts), so the manifest does not
 * name it and crxjs does not build it; it is built here as one classic script with everything inlined,
 * because content scripts cannot be modules and must not need web-accessible files.
 */
function contentScript(): Plugin {
  return {
    name: 'takedown-alert-content-script',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        resolve: { alias: { '@generated': GENERATED } },
        build: {
          write: false,
          minify: false,
          target: 'es2022',
          lib: { entry: join(root, 'src/content/listed-page.ts'), formats: ['iife'], name: 'takedownAlertListedPage', fileName: () => 'listed-page.js' },
        },
      });
      const output = (Array.isArray(result) ? result[0] : result) as { output: { type: string; code?: string }[] };
      const chunk = output.output.find((o) => o.type === 'chunk');
      if (!chunk?.code) throw new Error('content script: no output');
      this.emitFile({ type: 'asset', fileName: 'content/listed-page.js', source: chunk.code });
    },
  };
}

/**
 * The generated files a page loads one at a time (operations/<id>.json, shards/<n>.json), shipped under fixed
 * names (data/operations/<id>.js, data/shards/<n>.js) and loaded by name through `virtual:operation-loaders` and
 * `virtual:index-shards`. The loader is the same few lines whatever the size of the list: a map with one entry
 * per file grew with the list (65 kB at 500 operations) and every page that shows one warning loaded it. Names
 * are fixed, not hashed, so a release is the same bytes wherever it is built.
 */
function generatedLoaders(): Plugin {
  const modules: Record<string, string> = { 'virtual:operation-loaders': 'operations', 'virtual:index-shards': 'shards' };
  const names = (folder: string) => readdirSync(join(GENERATED, folder)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
  return {
    name: 'takedown-alert-generated-loaders',
    resolveId: (source) => (source in modules ? `\0${source}` : null),
    load(resolved) {
      const folder = resolved.startsWith('\0') ? modules[resolved.slice(1)] : undefined;
      if (!folder) return null;
      // Only names the compiler writes (ids and shard numbers), so nothing else can be asked for.
      return [
        'const NAME = /^[a-z0-9][a-z0-9-]*$/;',
        'export default function load(name) {',
        `  if (!NAME.test(name)) return Promise.reject(new Error(\`no generated file named \${name}\`));`,
        `  return import(/* @vite-ignore */ \`/data/${folder}/\${name}.js\`).then((m) => m.default);`,
        '}',
        '',
      ].join('\n');
    },
    generateBundle() {
      // A module, not JSON: pages may not fetch (connect-src 'none'). JSON.parse of one string literal is also
      // the fastest way for the browser to read a large object.
      for (const folder of Object.values(modules)) {
        for (const name of names(folder)) {
          const json = JSON.stringify(JSON.parse(readFileSync(join(GENERATED, folder, `${name}.json`), 'utf8')));
          this.emitFile({ type: 'asset', fileName: `data/${folder}/${name}.js`, source: `export default JSON.parse(${JSON.stringify(json)});\n` });
        }
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const index = readJson<BundledIndex>(join(GENERATED, 'index.json'));
  const revision = readJson<ReleaseRevision>('src/data/release.json');
  const base = readJson<Record<string, unknown> & { browser_specific_settings: { gecko: Record<string, unknown> } }>('manifest.json');
  const manifest = {
    ...base,
    version: releaseVersion(index.date, revision),
    ...(HOSTS_REQUIRED
      ? { host_permissions: hostPermissionPatterns(Object.keys(index.domains)) }
      : { optional_host_permissions: hostPermissionPatterns(Object.keys(index.domains)) }),
    ...(browser === 'chrome'
      ? {
          // Chrome reads administrator policies through this schema; Firefox takes them from policies.json.
          storage: { managed_schema: 'managed-schema.json' },
          ...(UPDATE_URL ? { update_url: UPDATE_URL } : {}),
        }
      : {
          // Firefox puts the button on the toolbar itself instead of in the extensions menu.
          action: { ...(base.action as object), default_area: 'navbar' },
          ...(UPDATE_URL ? { browser_specific_settings: { ...base.browser_specific_settings, gecko: { ...base.browser_specific_settings.gecko, update_url: UPDATE_URL } } } : {}),
        }),
  } as unknown as ManifestV3Export;
  return {
    // Vitest reads this file too; it needs no extension bundling.
    plugins: process.env.VITEST ? [] : [crx({ manifest, browser }), contentScript(), generatedLoaders()],
    resolve: { alias: { '@generated': GENERATED } },
    build: {
      outDir: join(DIST, browser),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      // Pages that the manifest does not name: the warning page (a redirect target), the catalogue and the welcome page.
      rollupOptions: {
        input: { warning: 'src/warning/index.html', catalogue: 'src/catalogue/index.html', welcome: 'src/welcome/index.html' },
      },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
    test: {
      include: ['tests/**/*.test.ts'],
    },
  };
});
