// "The list changed since you last looked": the popup says so once per release, then remembers that the
// user has seen this version. A corrupt stored value counts as "not seen".
import type { ListChanges } from '../core/bundle-layout.ts';
import browser from './browser.ts';
import { listMeta } from './list-meta.ts';

const KEY = 'seenListVersion';

/** This release's changes if the user has not seen this version yet (and marks it seen), else null. */
export async function listChangesSinceSeen(): Promise<ListChanges | null> {
  try {
    const seen = (await browser.storage.local.get(KEY))[KEY];
    if (seen === listMeta.version) return null;
    await browser.storage.local.set({ [KEY]: listMeta.version });
    // A new install has seen nothing before: "changed since you last looked" would be noise.
    return typeof seen === 'string' ? listMeta.changes : null;
  } catch {
    return null;
  }
}

/** Records the current version as seen without showing anything (the welcome page at install). */
export async function markListSeen(): Promise<void> {
  await browser.storage.local.set({ [KEY]: listMeta.version }).catch(() => undefined);
}
