// What the toolbar button shows for the page in a tab. A listed page's tab gets its kind's mark and a title
// that names the host (set by the content script's message or by the warning page); any other page keeps the
// button as it is for every tab: no mark, and the extension's name as its title.
import type { Badge } from './driver.ts';

/** A takedown ("!"), a possible relaunch ("?"), or a former address ("i") on `host`. */
export const takedownBadge =
  (host: string) =>
  (b: Badge): boolean =>
    b.text === '!' && b.title.includes(host);
/** A takedown whose seizure of this very address is not confirmed ("!?"). */
export const reportedBadge =
  (host: string) =>
  (b: Badge): boolean =>
    b.text === '!?' && b.title.includes(host);
export const relaunchBadge =
  (host: string) =>
  (b: Badge): boolean =>
    b.text === '?' && b.title.includes(host);
export const formerBadge =
  (host: string) =>
  (b: Badge): boolean =>
    b.text === 'i' && b.title.includes(host);

/** Not a listed page: the button as for every tab (nothing of the extension ran for this page). */
export const plainBadge = (b: Badge): boolean => b.text === '' && b.title === 'Takedown Alert';
