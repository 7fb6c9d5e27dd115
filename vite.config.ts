// Builds the extension for Chrome (default) or Firefox (--mode firefox) from the one manifest.json.
// host_permissions are the listed domains of the compiled dataset (npm run dataset writes it first).
import { readFileSync } from 'node:fs';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import { hostPermissionPatterns } from './src/core/host-permissions.ts';
import type { CompiledDataset } from './src/core/dataset-types.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const dataset = readJson<CompiledDataset>('./src/generated/dataset.json');
  const pkg = readJson<{ version: string }>('./package.json');
  const manifest = {
    ...readJson<Record<string, unknown>>('./manifest.json'),
    version: pkg.version,
    host_permissions: hostPermissionPatterns(Object.keys(dataset.domains)),
    // Chrome reads administrator policies through this schema; Firefox takes them from policies.json.
    ...(browser === 'chrome' ? { storage: { managed_schema: 'managed-schema.json' } } : {}),
  } as unknown as ManifestV3Export;
  return {
    // Vitest reads this file too; it needs no extension bundling.
    plugins: process.env.VITEST ? [] : [crx({ manifest, browser })],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      // Pages that the manifest does not name: the warning page (a redirect target) and the catalogue.
      rollupOptions: { input: { warning: 'src/warning/index.html', catalogue: 'src/catalogue/index.html' } },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
    test: {
      include: ['tests/**/*.test.ts'],
    },
  };
});
