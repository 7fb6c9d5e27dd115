// Shows a tab's state on the toolbar button: a red badge with a mark for a listed page, nothing otherwise.
// Set on every navigation, because browsers reset per-tab badges when a tab navigates.
import type { Language } from '../core/dataset-types.ts';
import type { TabState } from '../core/tab-state.ts';
import { isUnconfirmed } from '../core/warning-level.ts';
import { statusKey, translator } from '../i18n/translate.ts';
import browser from '../platform/browser.ts';
import { operationById } from '../platform/bundled-dataset.ts';

const LISTED_COLOR = '#b3261e';
const UNCONFIRMED_COLOR = '#8a5300';

export async function showOnBadge(tabId: number, state: TabState, lang: Language): Promise<void> {
  const t = translator(lang);
  if (state.kind !== 'listed') {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: '' }),
      browser.action.setTitle({ tabId, title: t('badgeTitleClean') }),
    ]);
    return;
  }
  const { match, host } = state;
  // A mark as well as a colour, so the signal does not rest on colour alone.
  const unconfirmed = isUnconfirmed(match.status);
  const platform = operationById(match.operation)?.platform[lang] ?? match.operation;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: unconfirmed ? '?' : '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: unconfirmed ? UNCONFIRMED_COLOR : LISTED_COLOR }),
    browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    browser.action.setTitle({ tabId, title: t('badgeTitleListed', { host, platform, status: t(statusKey(match.status)) }) }),
  ]);
}
