// The two real browsers the end-to-end tests run in, and why one cannot run here (null when it can).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium-driver.ts';
import type { Driver } from './driver.ts';
import { launchFirefox } from './firefox-driver.ts';
import type { ExtensionPolicy } from './policies.ts';
import { CHROMIUM_PATH, DIST_CHROME, DIST_FIREFOX, FIREFOX_PATH, unavailable } from './paths.ts';

export interface LaunchOptions {
  port: number;
  profileDir?: string;
  lang?: string;
  colorScheme?: 'light' | 'dark';
  policy?: ExtensionPolicy;
  /** Keep the session and reopen its tabs at the next start, as a browser set to "continue where you left off" does. */
  restoreSession?: boolean;
}

export interface BrowserUnderTest {
  name: 'chromium' | 'firefox';
  /** Why this browser's tests are skipped here, or null. Throws under CI=true instead of skipping. */
  skipReason: string | null;
  launch(options: LaunchOptions): Promise<Driver>;
}

export const newProfileDir = () => mkdtempSync(join(tmpdir(), 'takedown-alert-profile-'));

export const BROWSERS: BrowserUnderTest[] = [
  {
    name: 'chromium',
    skipReason: unavailable(CHROMIUM_PATH, DIST_CHROME),
    launch: (o) => launchChromium({ ...o, profileDir: o.profileDir ?? newProfileDir() }),
  },
  {
    name: 'firefox',
    skipReason: unavailable(FIREFOX_PATH, DIST_FIREFOX),
    launch: (o) => launchFirefox({ ...o, profileDir: o.profileDir ?? newProfileDir() }),
  },
];
