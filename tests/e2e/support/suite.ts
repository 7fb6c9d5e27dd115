// The frame of every end-to-end describe block: a test server and a browser with the extension,
// started before the tests and closed after, and `step`, which runs a test or skips it with the reason.
import { afterAll, beforeAll, it } from 'vitest';
import type { BrowserUnderTest, LaunchOptions } from './browsers.ts';
import { EXTENSION_API, waitFor, type Driver } from './driver.ts';
import { startTestServer, type TestServer } from './test-server.ts';

export interface BrowserSuite {
  /** Set before the first test; a test that restarts the browser assigns the new driver here. */
  driver: Driver;
  server: TestServer;
  step(name: string, body: () => Promise<void>, timeoutMs?: number): void;
}

export function browserSuite(
  browser: BrowserUnderTest,
  options: Omit<LaunchOptions, 'port'> & {
    afterLaunch?: (driver: Driver) => Promise<void>;
    /** Leave the listed sites ungranted (tests of the permission step itself); by default they are allowed. */
    grant?: boolean;
  } = {},
): BrowserSuite {
  const suite = {
    step(name: string, body: () => Promise<void>, timeoutMs = 90_000) {
      it(
        name,
        async (ctx) => {
          if (browser.skipReason) ctx.skip(browser.skipReason);
          await body();
        },
        timeoutMs,
      );
    },
  } as BrowserSuite;
  beforeAll(async () => {
    if (browser.skipReason) return;
    suite.server = await startTestServer();
    suite.driver = await browser.launch({ ...options, port: suite.server.port });
    // A build that lists its sites as required host permissions (the design before) has nothing to grant.
    const optionalHosts = await suite.driver.inExtension<unknown[] | undefined>(
      '(globalThis.browser ?? chrome).runtime.getManifest().optional_host_permissions',
    );
    if (options.grant !== false && (optionalHosts ?? []).length > 0) {
      await suite.driver.grantListedSites();
      // The background switches the granted sites from the browser's block to the warning page as the grant arrives:
      // the tests start from that state, not from the moment in between.
      await waitFor(
        `${browser.name}: rules for the granted sites`,
        () =>
          suite.driver.inExtension<boolean>(
            `${EXTENSION_API}.declarativeNetRequest.getDynamicRules().then((r) => !r.some((x) => x.action.type === 'block'))`,
          ),
        Boolean,
        15_000,
      );
    }
    await options.afterLaunch?.(suite.driver);
  }, 60_000);
  afterAll(async () => {
    await suite.driver?.close();
    await suite.server?.close();
  });
  return suite;
}
