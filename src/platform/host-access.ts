// Access to the listed sites. Each listed domain is an optional host permission (generated from the list at
// build time), granted by the user in one click: offered on the welcome page at install, in the popup and on the
// options page, and after an update for the domains it added. Without it the browser still stops the confirmed
// listed sites (src/core/blocking-rules.ts); with it the extension shows its own warning page, notices and marks.
// Users can take access away in the browser's settings; the pages then say what that leaves.
import { planPermissions, type PermissionPlan } from '../core/permission-plan.ts';
import browser from './browser.ts';
import { forgetDeclined, loadDeclined, recordDeclined } from './permission-answers.ts';

/** The listed-domain patterns of this version, as the manifest declares them. */
export function listedOrigins(): string[] {
  const manifest = browser.runtime.getManifest() as { optional_host_permissions?: string[] };
  return manifest.optional_host_permissions ?? [];
}

export async function currentPlan(): Promise<PermissionPlan> {
  const [all, declined] = await Promise.all([browser.permissions.getAll(), loadDeclined()]);
  return planPermissions(listedOrigins(), all.origins ?? [], declined);
}

/**
 * Asks the browser for these listed patterns. Must be called synchronously from the user's click: browsers
 * only show the request during a user gesture.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/**
 * Asks for these listed patterns and records that they were asked about. Call it synchronously from the user's
 * click: the browser shows the request only during a user gesture. The record is written at once, not after the
 * answer: a popup is closed by the browser's dialog before the answer arrives. A grant makes it moot (granted
 * patterns are not missing, and the background forgets them as declined).
 */
export function askForOrigins(origins: string[]): Promise<boolean> {
  const answer = requestOrigins(origins).catch(() => false);
  const recorded = recordDeclined(origins).catch(() => undefined);
  return Promise.all([answer, recorded]).then(async ([granted]) => {
    if (granted) await forgetDeclined(origins);
    return granted;
  });
}
