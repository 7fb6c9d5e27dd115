// What ships, checked on the built packages: the manifests ask for exactly what the README's permissions table
// explains, and each zip holds only our own code, its assets and webextension-polyfill (no source maps, sources
// or tests). Runs after the build, with the end-to-end tests; no browser needed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INSTALLED_RULESET_ID, INSTALLED_RULESET_PATH, installedRules } from '../../src/core/blocking-rules.ts';
import type { BundledIndex } from '../../src/core/bundle-layout.ts';
import { ROOT } from './support/paths.ts';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_security_policy?: Record<string, string>;
  content_scripts?: unknown[];
  declarative_net_request?: { rule_resources: { id: string; enabled: boolean; path: string }[] };
  commands?: Record<string, unknown>;
  version: string;
}

const DIST = join(ROOT, 'dist');
const index = JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'index.json'), 'utf8')) as BundledIndex;

/** The README's permissions table: each row's first cell is `key`: `value`. */
function readmePermissions(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Permissions, and why'),
    readme.indexOf('### Why the listed sites are optional'),
  );
  return new Set([...section.matchAll(/^\| `([a-z_.]+)`: `([^`]+)` \|/gm)].map((m) => `${m[1]}: ${m[2]}`));
}

/** What a manifest asks for, in the README's terms (one entry for all the listed domains' patterns). */
function asked(manifest: Manifest): string[] {
  const listed = new Set(Object.keys(index.domains).map((d) => `*://*.${d}/*`));
  const hosts = manifest.optional_host_permissions ?? [];
  return [
    ...(manifest.permissions ?? []).map((p) => `permissions: ${p}`),
    ...(manifest.optional_permissions ?? []).map((p) => `optional_permissions: ${p}`),
    ...(manifest.host_permissions ?? []).map((p) => `host_permissions: ${p}`),
    ...hosts.map((p) =>
      listed.has(p) ? 'optional_host_permissions: *://*.<listed domain>/*' : `optional_host_permissions: ${p}`,
    ),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) =>
      w.resources.map((r) => `web_accessible_resources: ${r}`),
    ),
    ...Object.entries(manifest.content_security_policy ?? {}).map(([k, v]) => `content_security_policy.${k}: ${v}`),
    ...(manifest.content_scripts ?? []).map(() => 'content_scripts: (declared)'),
    ...(manifest.declarative_net_request?.rule_resources ?? []).map(
      (r) => `declarative_net_request.rule_resources: ${r.path}`,
    ),
    ...Object.keys(manifest.commands ?? {}).map((c) => `commands: ${c}`),
  ];
}

/** The names in a zip's central directory, and each file's bytes (stored or deflated). */
function unzip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataAt, dataAt + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** Every file a package may hold: the manifest, locales, icons, the pages, the bundled scripts and styles, the list's data files. */
const ALLOWED = [
  /^manifest\.json$/,
  /^managed-schema\.json$/,
  /^_locales\/(en|nl)\/messages\.json$/,
  /^icons\/icon-[a-z-]*\d+\.png$/,
  /^src\/(popup|warning|options|catalogue|welcome)\/index\.html$/,
  /^service-worker-loader\.js$/,
  /^content\/listed-page\.js$/,
  /^rules\/stop\.json$/,
  /^assets\/[\w.-]+\.(js|css)$/,
  /^data\/(operations|shards)\/[a-z0-9-]+\.json$/,
];

for (const target of ['chrome', 'firefox'] as const) {
  describe(`${target} package`, () => {
    const manifest = JSON.parse(readFileSync(join(DIST, target, 'manifest.json'), 'utf8')) as Manifest;

    it('asks for exactly what the README explains, and each listed domain once', () => {
      const documented = readmePermissions();
      expect(documented.size, 'rows in the README table').toBeGreaterThanOrEqual(6);
      const undocumented = asked(manifest).filter((entry) => !documented.has(entry));
      expect(undocumented, 'manifest entries the README does not explain').toEqual([]);
      const unused = [...documented].filter((entry) => !asked(manifest).includes(entry));
      expect(unused, 'README rows the manifest no longer asks for').toEqual([]);
      expect(manifest.optional_host_permissions).toHaveLength(Object.keys(index.domains).length);
      expect(manifest.host_permissions ?? []).toEqual([]);
      // Chrome: the warning page only under a per-session address, so no website can probe for the extension.
      expect(
        manifest.web_accessible_resources?.every((w) => w.use_dynamic_url === (target === 'chrome' ? true : undefined)),
      ).toBe(true);
    });

    it('ships the installed ruleset: a block, on from install, for exactly the domains a new install shows as a full page', () => {
      expect(manifest.declarative_net_request?.rule_resources).toEqual([
        { id: INSTALLED_RULESET_ID, enabled: true, path: INSTALLED_RULESET_PATH },
      ]);
      const rules = JSON.parse(readFileSync(join(DIST, target, INSTALLED_RULESET_PATH), 'utf8')) as unknown;
      expect(rules).toEqual(installedRules(index.domains));
      expect((rules as { action: { type: string } }[]).map((r) => r.action.type)).toEqual(['block']);
      expect(manifest.permissions).toContain('declarativeNetRequest');
      expect(manifest.permissions, 'the block must work without host access').not.toContain(
        'declarativeNetRequestWithHostAccess',
      );
    });

    it('zips only our own code, its assets and webextension-polyfill', () => {
      const zipName = readdirSync(DIST).find((f) => f === `takedown-alert-${manifest.version}-${target}.zip`);
      expect(zipName, 'the zip of this build').toBeDefined();
      const files = unzip(join(DIST, zipName!));
      const names = [...files.keys()];
      expect(
        names.filter((n) => !ALLOWED.some((re) => re.test(n))),
        'files no package should hold',
      ).toEqual([]);
      expect(names.filter((n) => /\.(map|ts|tsx)$|test|spec|\.vite\//.test(n))).toEqual([]);
      expect(files.get('manifest.json')!.toString('utf8')).toBe(
        readFileSync(join(DIST, target, 'manifest.json'), 'utf8'),
      );
      // The polyfill ships inside a bundled chunk, and no other package does.
      const code = names
        .filter((n) => n.endsWith('.js'))
        .map((n) => files.get(n)!.toString('utf8'))
        .join('\n');
      expect(code).toContain('webextension-polyfill');
      expect(code).not.toMatch(/sourceMappingURL/);
      for (const forbidden of ['fast-check', 'playwright', 'puppeteer', 'vitest', 'tldts', 'ajv'])
        expect(code, forbidden).not.toContain(`node_modules/${forbidden}`);
    });
  });
}
