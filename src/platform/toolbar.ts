// The toolbar button: neutral when nothing is listed; for a listed page its tab gets the kind's icon, badge mark,
// colour and a title that says what the page is. A mark on the whole button asks the user to answer the
// permission request after an install or an update that added sites.
import { KIND_LOOK, type ListingKind } from '../core/listing-kind.ts';
import browser from './browser.ts';

const SIZES = [16, 32] as const;
const iconPaths = (variant: string) => Object.fromEntries(SIZES.map((s) => [s, `/icons/icon-${variant}-${s}.png`]));

type Action = typeof browser.action & { setBadgeTextColor?: (details: { tabId?: number; color: string }) => Promise<void> };

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

const ASK_COLOUR = '#1d5fb8';

/**
 * The mark on the whole button while listed sites wait for the user's answer; cleared once answered.
 * @param title what the button says: the request while asking, the extension's name otherwise
 */
export async function showPermissionMark(asking: boolean, title: string): Promise<void> {
  const action = browser.action as Action;
  if (!asking) {
    await Promise.all([action.setBadgeText({ text: '' }), action.setTitle({ title })]);
    return;
  }
  await Promise.all([
    action.setBadgeText({ text: '+' }),
    action.setBadgeBackgroundColor({ color: ASK_COLOUR }),
    action.setBadgeTextColor?.({ color: '#ffffff' }),
    action.setTitle({ title }),
  ]);
}
