// Builds the extension for Chrome (default) or Firefox (--mode firefox) from the one manifest.json.
// The list decides three manifest fields at build time: the version (from the list date, src/core/list-version.ts),
// optional_host_permissions (one pattern per listed domain) and the installed blocking ruleset
// (declarative_net_request, src/core/blocking-rules.ts). Other lists (the synthetic 10,000-domain list, the update
// test's next version) are built the same way with TAKEDOWN_GENERATED and TAKEDOWN_DIST.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { INSTALLED_RULESET_ID, INSTALLED_RULESET_PATH, installedRules } from './src/core/blocking-rules.ts';
import type { BundledIndex } from './src/core/bundle-layout.ts';
import { hostPermissionPatterns } from './src/pipeline/host-permissions.ts';
import { releaseVersion, type ReleaseRevision } from './src/pipeline/list-version.ts';

const root = import.meta.dirname;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as T;
const GENERATED = resolve(root, process.env.TAKEDOWN_GENERATED ?? 'src/generated');
const DIST = resolve(root, process.env.TAKEDOWN_DIST ?? 'dist');
/** Only test builds set these: an update URL makes the build installable as a packed, updatable extension. */
const UPDATE_URL = process.env.TAKEDOWN_UPDATE_URL;
/**
 * The update test also builds the designs before this one, to show what an update does with them
 * (TAKEDOWN_DESIGN; releases never set it):
 * - `host-access`: the listed sites optional, the rules only with access to them (declarativeNetRequestWithHostAccess,
 *   no installed ruleset): nothing was stopped before the user allowed the sites;
 * - `required-hosts`: as `host-access`, with the listed sites as required host permissions.
 */
const DESIGN = process.env.TAKEDOWN_DESIGN ?? 'current';
if (!['current', 'host-access', 'required-hosts'].includes(DESIGN))
  throw new Error(`TAKEDOWN_DESIGN: unknown design ${DESIGN}`);
const HOSTS_REQUIRED = DESIGN === 'required-hosts';
const BLOCKS_WITHOUT_ACCESS = DESIGN === 'current';

/** The permissions of a design before this one: rules only with host access, and no activeTab. */
function designPermissions(permissions: string[]): string[] {
  if (BLOCKS_WITHOUT_ACCESS) return permissions;
  return permissions
    .filter((p) => p !== 'activeTab')
    .map((p) => (p === 'declarativeNetRequest' ? 'declarativeNetRequestWithHostAccess' : p));
}

/**
 * The installed ruleset (a block for what a new install shows as a full page), written from the list into the
 * package; the manifest names it, so the browser applies it from install and after every update, before any code
 * of ours has run and without any permission answered.
 */
function installedRuleset(index: BundledIndex): Plugin {
  return {
    name: 'takedown-alert-installed-ruleset',
    apply: 'build',
    buildStart() {
      if (BLOCKS_WITHOUT_ACCESS)
        this.emitFile({
          type: 'asset',
          fileName: INSTALLED_RULESET_PATH,
          source: `${JSON.stringify(installedRules(index.domains))}\n`,
        });
    },
  };
}

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
          lib: {
            entry: join(root, 'src/content/listed-page.ts'),
            formats: ['iife'],
            name: 'takedownAlertListedPage',
            fileName: () => 'listed-page.js',
          },
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
 * The generated files a page loads one at a time (operations/<id>.json, shards/<n>.json) ship under fixed names,
 * data/operations/<id>.json and data/shards/<n>.json, read by name (src/platform/generated-files.ts). Importing
 * them instead would need a map with one entry per file (65 kB at 500 operations), loaded by every warning.
 */
function generatedFiles(): Plugin {
  return {
    name: 'takedown-alert-generated-files',
    apply: 'build',
    generateBundle() {
      for (const folder of ['operations', 'shards']) {
        for (const file of readdirSync(join(GENERATED, folder))
          .filter((f) => f.endsWith('.json'))
          .sort()) {
          const json = JSON.stringify(JSON.parse(readFileSync(join(GENERATED, folder, file), 'utf8')));
          this.emitFile({ type: 'asset', fileName: `data/${folder}/${file}`, source: json });
        }
      }
    },
  };
}

/**
 * Each page's stylesheets go into its HTML: a linked stylesheet holds the page's first paint until it has loaded
 * (measured in Chromium: the header bar painted about 25 ms later, the warning's heading about 8 ms). The files stay
 * in the package: the bundler's loader for a lazily loaded module names them too.
 */
function inlineStyles(): Plugin {
  return {
    name: 'takedown-alert-inline-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const source = (name: string) => {
        const item = bundle[name];
        return item?.type === 'asset' ? String(item.source) : undefined;
      };
      for (const page of Object.values(bundle)) {
        if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
        page.source = String(page.source).replace(
          /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g,
          (_, name: string) => {
            const css = source(name);
            if (css === undefined) throw new Error(`${page.fileName}: ${name} is not in the build`);
            return `<style>${css.trim()}</style>`;
          },
        );
      }
    },
  };
}

/**
 * Two shared chunks instead of one per shared module: a page starts after every module it imports statically has
 * loaded, and each module is a request of its own to the browser's extension loader. `shared` holds the pure logic,
 * the strings and the browser glue (the background loads it too), `ui` the DOM helpers. The whole domain index and
 * the modules that import it stay apart, so a page that shows one warning never loads them.
 */
function manualChunks(id: string): string | undefined {
  if (/[\\/]src[\\/]platform[\\/](bundled-index|blocking|content-scripts)\.ts$/.test(id)) return undefined;
  if (/[\\/]src[\\/]ui[\\/]/.test(id)) return 'ui';
  if (/[\\/]src[\\/](core|i18n|platform)[\\/]/.test(id) || /[\\/]node_modules[\\/]webextension-polyfill[\\/]/.test(id))
    return 'shared';
  return undefined;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const index = readJson<BundledIndex>(join(GENERATED, 'index.json'));
  const revision = readJson<ReleaseRevision>('src/data/release.json');
  const base = readJson<
    Record<string, unknown> & {
      permissions: string[];
      web_accessible_resources: object[];
      browser_specific_settings: { gecko: Record<string, unknown> };
    }
  >('manifest.json');
  const manifest = {
    ...base,
    version: releaseVersion(index.date, revision),
    permissions: designPermissions(base.permissions),
    ...(BLOCKS_WITHOUT_ACCESS
      ? {
          declarative_net_request: {
            rule_resources: [{ id: INSTALLED_RULESET_ID, enabled: true, path: INSTALLED_RULESET_PATH }],
          },
        }
      : {}),
    ...(HOSTS_REQUIRED
      ? { host_permissions: hostPermissionPatterns(Object.keys(index.domains)) }
      : { optional_host_permissions: hostPermissionPatterns(Object.keys(index.domains)) }),
    ...(browser === 'chrome'
      ? {
          // Chrome reads administrator policies through this schema; Firefox takes them from policies.json.
          storage: { managed_schema: 'managed-schema.json' },
          // The warning page only under an address made anew each session: no website can fetch or open it to find out
          // that the extension is installed, and the redirect still reaches it (measured in Chromium 156). Firefox's
          // extension addresses already differ per install.
          web_accessible_resources: base.web_accessible_resources.map((w) => ({ ...w, use_dynamic_url: true })),
          ...(UPDATE_URL ? { update_url: UPDATE_URL } : {}),
        }
      : {
          // Firefox puts the button on the toolbar itself instead of in the extensions menu.
          action: { ...(base.action as object), default_area: 'navbar' },
          ...(UPDATE_URL
            ? {
                browser_specific_settings: {
                  ...base.browser_specific_settings,
                  gecko: { ...base.browser_specific_settings.gecko, update_url: UPDATE_URL },
                },
              }
            : {}),
        }),
  } as unknown as ManifestV3Export;
  return {
    // Vitest reads this file too; it needs no extension bundling.
    plugins: process.env.VITEST
      ? []
      : [crx({ manifest, browser }), installedRuleset(index), contentScript(), generatedFiles(), inlineStyles()],
    resolve: { alias: { '@generated': GENERATED } },
    build: {
      outDir: join(DIST, browser),
      emptyOutDir: true,
      // Both browsers preload modules themselves.
      modulePreload: { polyfill: false },
      target: 'es2022',
      minify: false,
      // Pages that the manifest does not name: the warning page (a redirect target), the catalogue and the welcome page.
      rollupOptions: {
        input: {
          warning: 'src/warning/index.html',
          catalogue: 'src/catalogue/index.html',
          welcome: 'src/welcome/index.html',
        },
        output: { manualChunks },
      },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
    test: {
      include: ['tests/**/*.test.ts'],
    },
  };
});
