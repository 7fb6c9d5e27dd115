// The toolbar button: neutral when nothing is listed; for a listed page its tab gets the kind's icon, badge mark,
// colour and a title that says what the page is. The whole button says how much the user allowed (showAccessState).
import { KIND_LOOK, type ListingKind } from '../core/listing-kind.ts';
import browser from './browser.ts';

const SIZES = [16, 32] as const;
const iconPaths = (variant: string) => Object.fromEntries(SIZES.map((s) => [s, `/icons/icon-${variant}-${s}.png`]));

type Action = typeof browser.action & {
  setBadgeTextColor?: (details: { tabId?: number; color: string }) => Promise<void>;
};

/** Shows a listed page on its tab's button. Browsers reset per-tab state when the tab navigates. */
export async function showListing(tabId: number, kind: ListingKind, title: string): Promise<void> {
  const look = KIND_LOOK[kind];
  const action = browser.action as Action;
  await Promise.all([
    action.setIcon({ tabId, path: iconPaths(look.icon) }),
    action.setBadgeText({ tabId, text: look.mark }),
    action.setBadgeBackgroundColor({ tabId, color: look.colour }),
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    action.setTitle({ tabId, title }),
  ]);
}

/**
 * The whole button (what every tab shows unless it shows a listed page), for the access the user gave.
 * - `asking`: listed sites wait for the user's answer (after install, or an update that listed new sites): the
 *   grey shield gets a small blue dot, an app's "something to look at" sign, not a mark about the site in the tab.
 * - `counting`: some listed sites are stopped by the browser's block (no access): the browser counts the stops per
 *   tab on the button (Chromium shows the number on a tab where it stopped a page; Firefox ESR 153 shows none,
 *   measured), since without access the extension cannot know the tab itself.
 */
export async function showAccessState(state: { asking: boolean; counting: boolean; title: string }): Promise<void> {
  const action = browser.action as Action;
  const dnr = browser.declarativeNetRequest as unknown as {
    setExtensionActionOptions?: (o: { displayActionCountAsBadgeText: boolean }) => Promise<void>;
  };
  await Promise.all([
    action.setIcon({ path: iconPaths(state.asking ? 'ask' : 'neutral') }),
    // An earlier version marked the button with "+" while asking; the mark is the icon's dot now.
    action.setBadgeText({ text: '' }),
    action.setBadgeBackgroundColor({ color: KIND_LOOK.takedown.colour }),
    action.setBadgeTextColor?.({ color: '#ffffff' }),
    action.setTitle({ title: state.title }),
    dnr.setExtensionActionOptions?.({ displayActionCountAsBadgeText: state.counting }),
  ]);
}
