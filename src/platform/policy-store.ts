// The administrator's policy from managed storage. Without one, Firefox rejects the read and Chrome
// returns nothing; both mean "no policy".
import { parsePolicy, policyInForce, type Policy } from '../core/policy.ts';
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

// Chromium answers a managed-storage read made while the extension is being installed or the browser starts only
// once its policy store is ready, which can take seconds or never happen in a fresh profile. So the rules and the
// notices do not wait for it: after a moment they act on "not known yet" (null), which fails closed (no way past a
// warning, no quieter level: src/core/policy.ts), and `onLate` gets the answer when it comes.
const WAIT_MS = 200;

export async function loadPolicy(onLate?: (policy: Policy) => void): Promise<Policy | null> {
  const read = readPolicy();
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), WAIT_MS));
  const first = await Promise.race([read, timeout]);
  if (first !== null) return first;
  if (onLate) void read.then(onLate);
  return null;
}
