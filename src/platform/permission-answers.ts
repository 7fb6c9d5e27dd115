// The listed sites the user was asked about and declined, so the toolbar mark goes away once answered while
// the popup and options page keep saying which sites are not covered. Corrupt values read as "none declined".
import browser from './browser.ts';

const KEY = 'declinedOrigins';

function readList(raw: unknown): string[] {
  return Array.isArray(raw)
    ? raw.filter((p): p is string => typeof p === 'string' && p.length < 300).slice(0, 100_000)
    : [];
}

export async function loadDeclined(): Promise<string[]> {
  try {
    return readList((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return [];
  }
}

export async function recordDeclined(origins: readonly string[]): Promise<void> {
  const declined = new Set([...(await loadDeclined()), ...origins]);
  await browser.storage.local.set({ [KEY]: [...declined].sort() });
}

/** A grant answers the question too: granted patterns are no longer "declined". */
export async function forgetDeclined(origins: readonly string[]): Promise<void> {
  const granted = new Set(origins);
  await browser.storage.local.set({ [KEY]: (await loadDeclined()).filter((p) => !granted.has(p)) });
}
