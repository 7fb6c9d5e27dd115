// The secret that the redirect rule puts into the warning page's address (?via=…), so that the page can tell a
// visit the browser's own rule redirected from a page that a website opened by itself (location.assign, window.open,
// a link): only a redirected visit gets the ways past the warning. Kept in session storage, which content scripts
// cannot read and which the browser empties when it closes: every browser session has a new one, and a rule left
// from the session before fails closed (the page then offers the main action only) until the background renews it.
import browser from './browser.ts';

const KEY = 'warningSecret';
/** The query parameter of the warning page's address that carries the secret. */
export const SECRET_PARAM = 'via';

async function stored(): Promise<string | null> {
  const value = (await browser.storage.session.get(KEY))[KEY];
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value) ? value : null;
}

/** This session's secret, made on first use (by whoever applies the rules first; pages only check it). */
export async function warningSecret(): Promise<string> {
  const known = await stored();
  if (known) return known;
  const made = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  await browser.storage.session.set({ [KEY]: made });
  return made;
}

/** Whether a warning page's address carries this session's secret. */
export async function isWarningSecret(candidate: string | null): Promise<boolean> {
  if (!candidate) return false;
  return (await stored().catch(() => null)) === candidate;
}
