// Tests that run a Debian program (named-checkzone, unbound): why they cannot run here, or null when they can.
// Like the browser tests (tests/e2e/support/paths.ts): skipped with the reason on a developer's machine, but
// with CI=true a missing program fails the run, since .ci/run installs it.
import { existsSync } from 'node:fs';

/** @example toolSkipReason('/usr/sbin/unbound', 'unbound') // null, or 'unbound not installed at /usr/sbin/unbound (apt-get install unbound)' */
export function toolSkipReason(path: string, debianPackage: string): string | null {
  if (existsSync(path)) return null;
  const reason = `${path.split('/').pop()} not installed at ${path} (apt-get install ${debianPackage})`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  return reason;
}
