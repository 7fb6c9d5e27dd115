// Access to the listed sites. Each listed domain is an optional host permission (generated from the list at
// build time), granted by the user in one step: at install on the welcome page, and after an update only for
// the domains it added. The extension can never see sites that are not listed. Users can also take access
// away in the browser's settings; the popup and options page then say which sites it cannot warn about.
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

export async function hasHostAccess(): Promise<boolean> {
  return (await currentPlan()).missing.length === 0;
}

/**
 * Asks the browser for these listed patterns. Must be called synchronously from the user's click: browsers
 * only show the request during a user gesture.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/**
 * Asks for these listed patterns and records the answer (a grant clears an earlier "no"). Call it synchronously
 * from the user's click: the browser shows the request only during a user gesture.
 */
export function askForOrigins(origins: string[]): Promise<boolean> {
  return requestOrigins(origins)
    .catch(() => false)
    .then(async (granted) => {
      await (granted ? forgetDeclined(origins) : recordDeclined(origins));
      return granted;
    });
}
