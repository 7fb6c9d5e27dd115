// Settings the tests put straight into extension storage, as the options page would.
import { waitFor, type Driver } from './driver.ts';

const api = '(globalThis.browser ?? chrome)';

/** Badge and popup only: the tests of issue-3 behaviour look at the listed pages themselves. */
export async function useBadgeOnly(driver: Driver): Promise<void> {
  // First let the rules of the install settle (the default level has a redirect rule), so that they
  // cannot land after the change below.
  await waitFor(`${driver.name}: install-time rules applied`, () => rulesCount(driver), (n) => n > 0, 15_000);
  await driver.inExtension(`${api}.storage.local.get('settings').then((r) => ${api}.storage.local.set({ settings: { ...(r.settings ?? {}), warningLevel: 'badge' } }))`);
  await waitFor(`${driver.name}: no redirect rule at level badge`, () => rulesCount(driver), (n) => n === 0);
}

export function rulesCount(driver: Driver): Promise<number> {
  return driver.inExtension<number>(`${api}.declarativeNetRequest.getDynamicRules().then((r) => r.length)`);
}
