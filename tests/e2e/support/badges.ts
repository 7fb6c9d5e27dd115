// What the toolbar button shows for the page in a tab. A listed page's tab gets its kind's mark and a title
// that names the host (set by the content script's message or by the warning page); any other page keeps the
// button as it is for every tab: no mark, and the extension's name as its title.
import type { Badge } from './driver.ts';

/** The button on a listed page of `host`: its kind's mark, and a title that names the host. */
const withMark =
  (mark: string) =>
  (host: string) =>
  (b: Badge): boolean =>
    b.text === mark && b.title.includes(host);

/** A takedown ("!"), a possible relaunch ("?"), or a former address ("i") on `host`. */
export const takedownBadge = withMark('!');
/** A takedown whose seizure of this very address is not confirmed ("!?"). */
export const reportedBadge = withMark('!?');
export const relaunchBadge = withMark('?');
export const formerBadge = withMark('i');

/** Not a listed page: the button as for every tab (nothing of the extension ran for this page). */
export const plainBadge = (b: Badge): boolean => b.text === '' && b.title === 'Takedown Alert';
