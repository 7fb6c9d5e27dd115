import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The build under test: dist/ by default; TAKEDOWN_E2E_DIST runs the same tests on another build (say, an older one). */
const DIST = process.env.TAKEDOWN_E2E_DIST ?? join(ROOT, 'dist');
export const DIST_CHROME = join(DIST, 'chrome');
export const DIST_FIREFOX = join(DIST, 'firefox');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = '{5d0f2a3c-8e47-4b19-a6c2-3f9e1d7b4a60}';
export const FIREFOX_UUID = '6f1c2b8e-3d4a-4e5f-9a0b-7c8d9e0f1a2b';

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/**
 * Why a browser's end-to-end tests cannot run here, or null when they can. With CI=true a missing
 * browser or build is a failure, never a skip.
 */
export function unavailable(executable: string, dist: string): string | null {
  const reason = !existsSync(executable)
    ? `browser not installed at ${executable}`
    : !existsSync(join(dist, 'manifest.json'))
      ? `no build at ${dist} (run npm run build)`
      : null;
  if (reason && process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  return reason;
}
