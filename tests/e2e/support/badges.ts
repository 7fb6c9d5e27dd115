// What the toolbar button shows once the background has handled the page in the tab.
// The text alone is not enough: browsers clear a tab's badge text when it navigates, so an empty badge
// can be the browser's reset rather than the extension's answer. The title is only ever set by the
// extension (the manifest's default is plain "Takedown Alert"), so it proves the update happened.
import type { Badge } from './driver.ts';

const CLEAN_TITLES = [
  'Takedown Alert: this site is not on the list',
  'Takedown Alert: deze site staat niet op de lijst',
];

/** Red "!" for a listed page on `host`. */
export const listedBadge = (host: string) => (b: Badge): boolean => b.text === '!' && b.title.includes(host);

/** Amber "?" for a possible relaunch on `host`. */
export const unconfirmedBadge = (host: string) => (b: Badge): boolean => b.text === '?' && b.title.includes(host);

/** No mark, and the extension's own "not on the list" title. */
export const cleanBadge = (b: Badge): boolean => b.text === '' && CLEAN_TITLES.includes(b.title);
