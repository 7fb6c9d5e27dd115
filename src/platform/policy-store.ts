// The administrator's policy from managed storage. Without one, Firefox rejects the read and Chrome
// returns nothing; both mean "no policy".
import { NO_POLICY, parsePolicy, type Policy } from '../core/policy.ts';
import browser from './browser.ts';

// Chromium answers a managed-storage read made while the extension is being installed only once its
// policy store is ready, which can take long or never happen in a fresh profile; so wait a little, and
// when the answer comes later, tell the caller through `onLate`.
const WAIT_MS = 1500;

export async function loadPolicy(onLate?: (policy: Policy) => void): Promise<Policy> {
  const read = Promise.resolve()
    .then(() => browser.storage.managed.get())
    .then(parsePolicy, () => NO_POLICY);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), WAIT_MS));
  const first = await Promise.race([read, timeout]);
  if (first !== null) return first;
  if (onLate) void read.then(onLate);
  return NO_POLICY;
}
