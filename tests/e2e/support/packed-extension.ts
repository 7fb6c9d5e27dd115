// Packed, store-like installs of a build for the update and force-install tests: a CRX signed with a key, installed
// and updated by Chromium from a local update server (the way a store or an administrator's policy installs it), and
// an XPI for Firefox. Chromium runs as a user starts it, driven over CDP.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { zipBuild } from '../../../src/tools/zip.ts';
import { ensureDisplay } from './display.ts';
import { waitFor } from './driver.ts';
import { CHROMIUM_PATH } from './paths.ts';

/**
 * The browser binary itself: Debian's /usr/bin/chromium wrapper passes every entry of /usr/share/chromium/extensions
 * to --load-extension as if it were an unpacked folder, and a windowed Chromium then stops at an error dialog.
 */
export const CHROMIUM_BINARY =
  CHROMIUM_PATH === '/usr/bin/chromium' && existsSync('/usr/lib/chromium/chromium')
    ? '/usr/lib/chromium/chromium'
    : CHROMIUM_PATH;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Chromium's extension id for a key: SHA-256 of the public key, first 32 hex digits written a–p. */
export function extensionId(publicKeyDer: Buffer): string {
  return createHash('sha256')
    .update(publicKeyDer)
    .digest('hex')
    .slice(0, 32)
    .split('')
    .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
    .join('');
}

/** A CRX of a build, signed with the key, by Chromium itself. */
export function packCrx(dir: string, keyFile: string): string {
  execFileSync(
    CHROMIUM_BINARY,
    ['--headless', '--no-sandbox', `--pack-extension=${dir}`, `--pack-extension-key=${keyFile}`],
    { stdio: 'ignore' },
  );
  return `${dir}.crx`;
}

export function packXpi(dir: string): string {
  const out = `${dir}.xpi`;
  writeFileSync(out, zipBuild(dir));
  return out;
}

/** Where Chromium unpacks an installed version of the extension in the profile. */
export const installedFolder = (profile: string, id: string, version: string) =>
  join(profile, 'Default', 'Extensions', id, `${version}_0`);

/**
 * Chromium started as a user starts it (no test flags that switch extensions or updates off), driven over CDP.
 * The driver connects only once `installed` exists: a DevTools client attached while Chromium installs an external
 * extension at start-up stops that install (measured: the package is fetched and never unpacked).
 */
export async function startChromium(
  profile: string,
  port: number,
  installed: string,
  hosts: readonly string[],
): Promise<{ browser: Browser; context: BrowserContext; stop: () => Promise<void> }> {
  const display = await ensureDisplay();
  const cdpPort = 20_000 + Math.floor(Math.random() * 20_000);
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const child: ChildProcess = spawn(
    CHROMIUM_BINARY,
    [
      // Debian builds Chromium to install and update extensions from outside the store only with this switch (its
      // wrapper script adds it by default: /etc/chromium.d/extensions).
      '--enable-remote-extensions',
      '--enable-logging=stderr',
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${cdpPort}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-sync',
      '--disable-features=HttpsUpgrades',
      '--window-position=0,0',
      '--window-size=1024,860',
      'about:blank',
    ],
    { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Chromium's own messages, kept for when a start fails.
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  child.once('exit', (code) => errors.push(`exited ${code}`));
  const said = () =>
    errors
      .join('')
      .split('\n')
      .filter(
        (l) => /ERROR|WARNING|exited/.test(l) && !/dbus|gbm|vaapi|dri3|shared_image|ScreenSaver|OAuth|zygote/i.test(l),
      )
      .slice(-12)
      .join('\n');
  await waitFor(`chromium: ${installed} unpacked`, async () => existsSync(installed), Boolean, 40_000).catch(
    (error: unknown) => {
      child.kill('SIGKILL');
      throw new Error(`${String(error)}\nChromium said:\n${said()}`);
    },
  );
  await sleep(1500);
  const browser = await waitFor(
    'chromium: DevTools endpoint',
    () => chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`),
    Boolean,
    40_000,
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}\nChromium said:\n${said()}`);
  });
  const stop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { browser, context: browser.contexts()[0], stop };
}

export interface ExtensionInfo {
  version: string;
  state: string;
}
export async function extensionInfo(context: BrowserContext, id: string): Promise<ExtensionInfo | undefined> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    return await page.evaluate(
      (extId) =>
        new Promise<ExtensionInfo | undefined>((resolve) => {
          const api = (
            globalThis as unknown as {
              chrome: {
                developerPrivate: {
                  getExtensionsInfo(o: object, cb: (l: { id: string; version: string; state: string }[]) => void): void;
                };
              };
            }
          ).chrome;
          api.developerPrivate.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }, (list) => {
            const e = list.find((x) => x.id === extId);
            resolve(e && { version: e.version, state: e.state });
          });
        }),
      id,
    );
  } finally {
    await page.close();
  }
}
