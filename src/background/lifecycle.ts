// What the background does when the extension is installed, updated or started, and when the user's answers
// change: keep the declarative rules, the content-script registration and the toolbar mark in step.
import type { Runtime } from '../platform/browser.ts';
import browser from '../platform/browser.ts';
import { syncBlockingRules } from '../platform/blocking.ts';
import { syncListedPageScript } from '../platform/content-scripts.ts';
import { accessState } from '../core/permission-plan.ts';
import { currentPlan } from '../platform/host-access.ts';
import { forgetDeclined } from '../platform/permission-answers.ts';
import { currentLanguage } from '../platform/settings-store.ts';
import { reloadStoppedTab } from '../platform/stopped-tab.ts';
import { showAccessState } from '../platform/toolbar.ts';
import { translator } from '../i18n/translate.ts';
import { markListedTabs } from './listed-page.ts';

export const WELCOME_PAGE_PATH = 'src/welcome/index.html';

export function syncRules(): Promise<void> {
  return syncBlockingRules().catch((error: unknown) =>
    console.error('takedown-alert: blocking rules not applied', error),
  );
}

/**
 * The listed-page script for the granted listed sites that need it (src/core/content-script-plan.ts), and what
 * the whole toolbar button says about the access the user gave.
 */
export async function syncAccess(): Promise<void> {
  try {
    const [plan, lang] = await Promise.all([currentPlan(), currentLanguage()]);
    const t = translator(lang);
    await syncListedPageScript(plan.granted);
    const state = accessState(plan);
    const title =
      state === 'full'
        ? t('extName')
        : plan.toAsk.length > 0
          ? t(state === 'none' ? 'titleAsk' : 'titleAskNew', { count: plan.toAsk.length })
          : t('titleAccessOff');
    await showAccessState({ asking: plan.toAsk.length > 0, counting: state !== 'full', title });
  } catch (error) {
    console.error('takedown-alert: access not synchronised', error);
  }
}

/**
 * The user allowed listed sites (from any page: the popup is closed by the browser's dialog before the answer
 * arrives, so the background finishes the step). The rules switch those sites from the browser's block to the
 * warning page, and a tab the popup saw stopped is loaded again, so that it shows the warning page.
 */
export async function onAccessGranted(): Promise<void> {
  const forget = currentPlan()
    .then((plan) => forgetDeclined(plan.granted))
    .catch(() => undefined);
  await syncRules();
  await reloadStoppedTab().catch(() => undefined);
  // The toolbar's words follow the answers, which the grant changes too.
  await forget;
  await syncAccess();
}

/**
 * Restored tabs load while the browser starts: some have no address yet at the first look, and the script
 * registered in an earlier session may not be ready when they commit (seen once in Chromium: a restored listed tab
 * left unmarked). So the tabs are looked at a few more times in the first seconds; marking twice is harmless.
 */
async function markRestoredTabs(): Promise<void> {
  for (const wait of [0, 1000, 3000, 6000]) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    await markListedTabs().catch(() => undefined);
  }
}

export function onStartup(): void {
  void syncRules();
  void syncAccess();
  void markRestoredTabs();
}

export function onInstalled(details: Runtime.OnInstalledDetailsType): void {
  onStartup();
  // The one step a new install needs (allowing the listed sites) is explained and asked on the welcome page.
  // After an update the toolbar mark and the popup ask for new sites instead: no tab opens by itself.
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE_PATH) });
}
