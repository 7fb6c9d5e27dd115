// The administrator's policy from managed storage. Without one, Firefox rejects the read and Chrome
// returns nothing; both mean "no policy".
import { NO_POLICY, parsePolicy, policyInForce, type Policy } from '../core/policy.ts';
import browser from './browser.ts';

/** The raw managed values, or {} when there are none. */
function readManaged(): Promise<unknown> {
  return Promise.resolve()
    .then(() => browser.storage.managed.get())
    .catch(() => ({}));
}

/**
 * The policy, waiting as long as the browser takes. Anything that would let a user past an administrator's
 * "no bypass" uses this one: right after the browser starts Chromium may take seconds to answer, and a way
 * past the warning must not be usable before the answer is known.
 */
export async function readPolicy(): Promise<Policy> {
  return parsePolicy(await readManaged());
}

/** The keys the administrator set, as set (for the options page's "About" section). */
export async function policyKeysInForce(): Promise<Record<string, unknown>> {
  return policyInForce(await readManaged());
}

// Chromium answers a managed-storage read made while the extension is being installed only once its
// policy store is ready, which can take long or never happen in a fresh profile; so the rules wait a little,
// and when the answer comes later, tell the caller through `onLate`.
const WAIT_MS = 1500;

export async function loadPolicy(onLate?: (policy: Policy) => void): Promise<Policy> {
  const read = readPolicy();
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), WAIT_MS));
  const first = await Promise.race([read, timeout]);
  if (first !== null) return first;
  if (onLate) void read.then(onLate);
  return NO_POLICY;
}
