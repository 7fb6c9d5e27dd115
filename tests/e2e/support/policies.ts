// Administrator policies for the extension, as each browser reads them: Chromium from its managed
// policy folder (system-wide, so only when the test may write there: as root, as in CI), Firefox from
// the policies.json in its distribution folder (also system-wide, also only as root).
import { createHash } from 'node:crypto';
import { realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIREFOX_PATH, GECKO_ID } from './paths.ts';
import { unwritableFolder } from './writable-folder.ts';

export type ExtensionPolicy = Record<string, unknown>;

const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const CHROMIUM_POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'takedown-alert-e2e.json');

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits written a–p. */
export function unpackedExtensionId(path: string): string {
  return createHash('sha256')
    .update(path)
    .digest('hex')
    .slice(0, 32)
    .split('')
    .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
    .join('');
}

export const chromiumPolicyUnavailable = (): string | null =>
  unwritableFolder(CHROMIUM_POLICY_DIR, `Chromium policies to ${CHROMIUM_POLICY_DIR}`);

export function writeChromiumPolicy(extensionDir: string, policy: ExtensionPolicy): () => void {
  const id = unpackedExtensionId(extensionDir);
  writeFileSync(CHROMIUM_POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  return () => rmSync(CHROMIUM_POLICY_FILE, { force: true });
}

// Firefox reads policies.json from the distribution folder next to its binary.
const FIREFOX_DISTRIBUTION_DIR = join(dirname(realpathSync(FIREFOX_PATH)), 'distribution');

/** Why Firefox policies cannot be set here, or null. */
export const firefoxPolicyUnavailable = (): string | null =>
  unwritableFolder(FIREFOX_DISTRIBUTION_DIR, `Firefox policies to ${FIREFOX_DISTRIBUTION_DIR}`);

export function writeFirefoxPolicy(policy: ExtensionPolicy): () => void {
  const file = join(FIREFOX_DISTRIBUTION_DIR, 'policies.json');
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }));
  return () => rmSync(file, { force: true });
}

/**
 * Force-installs an extension as an administrator does (the browsers' ExtensionSettings policy): Chromium from an
 * update URL, Firefox from an install URL. Returns the function that removes the policy again.
 */
export function writeForceInstallPolicy(browser: 'chromium' | 'firefox', id: string, url: string): () => void {
  if (browser === 'chromium') {
    const file = join(CHROMIUM_POLICY_DIR, 'takedown-alert-e2e-force-install.json');
    writeFileSync(
      file,
      JSON.stringify({ ExtensionSettings: { [id]: { installation_mode: 'force_installed', update_url: url } } }),
    );
    return () => rmSync(file, { force: true });
  }
  const file = join(FIREFOX_DISTRIBUTION_DIR, 'policies.json');
  writeFileSync(
    file,
    JSON.stringify({
      policies: { ExtensionSettings: { [id]: { installation_mode: 'force_installed', install_url: url } } },
    }),
  );
  return () => rmSync(file, { force: true });
}
