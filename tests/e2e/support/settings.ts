// Settings the tests put straight into extension storage, as the options page would.
import { EXTENSION_API, waitFor, type Driver } from './driver.ts';

/** Badge and popup only: the tests of issue-3 behaviour look at the listed pages themselves. */
export async function useBadgeOnly(driver: Driver): Promise<void> {
  // First let the rules of the install settle (the default level has a redirect rule), so that they
  // cannot land after the change below.
  await rulesInPlace(driver);
  await driver.inExtension(
    `${EXTENSION_API}.storage.local.get('settings').then((r) => ${EXTENSION_API}.storage.local.set({ settings: { ...(r.settings ?? {}), warningLevel: 'badge' } }))`,
  );
  await waitFor(
    `${driver.name}: no redirect rule at level badge`,
    () => rulesCount(driver),
    (n) => n === 0,
  );
  await scriptOnEveryGrantedSite(driver);
}

/** At level "badge" the listed-page script runs on every granted listed site: wait until it is registered so. */
export async function scriptOnEveryGrantedSite(driver: Driver): Promise<void> {
  await waitFor(
    `${driver.name}: listed-page script on every granted site`,
    () =>
      driver.inExtension<[number, number]>(`Promise.all([
    ${EXTENSION_API}.scripting.getRegisteredContentScripts({ ids: ['listed-page'] }).then((s) => s[0]?.matches?.length ?? 0),
    ${EXTENSION_API}.permissions.getAll().then((p) => (p.origins ?? []).length),
  ])`),
    ([registered, granted]) => granted > 0 && registered === granted,
    15_000,
  );
}

/** Waits until the install's dynamic rules (the default level has a redirect rule) are in place. */
export async function rulesInPlace(driver: Driver): Promise<void> {
  await waitFor(
    `${driver.name}: rules in place`,
    () => rulesCount(driver),
    (n) => n > 0,
    15_000,
  );
}

export function rulesCount(driver: Driver): Promise<number> {
  return driver.inExtension<number>(`${EXTENSION_API}.declarativeNetRequest.getDynamicRules().then((r) => r.length)`);
}
