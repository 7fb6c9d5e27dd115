// Handles the content script of a listed page: marks the tab's toolbar button with the kind of listing, and
// says whether the page gets a notice of its own. What the page is comes from the browser's sender details
// (tab, top frame, URL), never from the message, which a hostile page's process could shape.
import { checkService } from '../core/check-service.ts';
import { readContentMessage, type ContentMessage, type NoticeReply } from '../core/messages.ts';
import { checkUrl, type Match } from '../core/matcher.ts';
import { listingKind } from '../core/listing-kind.ts';
import { effectiveWarningLevel } from '../core/policy.ts';
import { rateLimit } from '../core/rate-limit.ts';
import { presentation } from '../core/warning-level.ts';
import { certaintySentence } from '../i18n/certainty-sentence.ts';
import { kindKeys, translator, type Translate } from '../i18n/translate.ts';
import type { Runtime } from '../platform/browser.ts';
import browser from '../platform/browser.ts';
import { matcher, platformKind, platformName } from '../platform/bundled-index.ts';
import { loadOperationFile } from '../platform/generated-files.ts';
import { withListedLookup } from '../platform/listed-lookup.ts';
import { dismissNoticeForSession, sessionDismissedNotices } from '../platform/exceptions.ts';
import { loadPolicy } from '../platform/policy-store.ts';
import { languageFor, loadSettings } from '../platform/settings-store.ts';
import { showListing } from '../platform/toolbar.ts';

export const CATALOGUE_PATH = 'src/catalogue/index.html';

type Sender = Runtime.MessageSender & { frameId?: number };

/** The listing of the page that sent the message, or null for anything but a top-level listed page of ours. */
function senderListing(sender: Sender): { tabId: number; host: string; match: Match } | null {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0 || !sender.url)
    return null;
  const check = checkUrl(matcher, sender.url);
  return check.ok && check.match ? { tabId: sender.tab.id, host: check.host, match: check.match } : null;
}

function toolbarTitle(t: Translate, host: string, match: Match, platform: string): string {
  return t(kindKeys(listingKind(match)).title, { host, platform });
}

/**
 * After the browser starts, tabs it restored may show listed pages before (or without, while not loaded) their
 * content script runs: mark them once. Only listed pages' addresses are visible to the extension at all.
 */
export async function markListedTabs(): Promise<void> {
  const settings = await loadSettings();
  const lang = languageFor(settings);
  const t = translator(lang);
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined || !tab.url) continue;
    const check = checkUrl(matcher, tab.url);
    if (check.ok && check.match)
      await showListing(
        tab.id,
        listingKind(check.match),
        toolbarTitle(t, check.host, check.match, platformName(check.match.operation, lang)),
      ).catch(() => undefined);
  }
}

/**
 * A listed page may make its script send messages (faked events, reloads): a few per tab within ten seconds are what
 * a person's visits, back-and-forward and clicks give; the rest is ignored.
 */
const allowMessage = rateLimit(6, 10_000);

export function onContentMessage(raw: unknown, sender: Sender): Promise<NoticeReply> | undefined {
  const message = readContentMessage(raw);
  const listing = message && senderListing(sender);
  if (!message || !listing || !allowMessage(`${listing.tabId} ${message.type}`, Date.now())) return undefined;
  return handle(message.type, listing);
}

async function handle(
  type: ContentMessage['type'],
  { tabId, host, match }: NonNullable<ReturnType<typeof senderListing>>,
): Promise<NoticeReply> {
  if (type === 'dismiss-notice') {
    // A click inside a page we do not trust closes the notice for this browser session only: the page can hide the
    // notice and place its close button under a click. "Don't show again" is in the popup and the options page.
    await dismissNoticeForSession(match.domain);
    return { notice: null };
  }
  if (type === 'open-details') {
    await browser.tabs.create({
      url: `${browser.runtime.getURL(CATALOGUE_PATH)}?q=${encodeURIComponent(match.domain)}`,
      openerTabId: tabId,
    });
    return { notice: null };
  }
  if (type === 'open-check') {
    // The address is the list's own, never the page's: the message says only which button was pressed.
    const check = checkService(await loadOperationFile(match.operation));
    if (check) await browser.tabs.create({ url: check.url, openerTabId: tabId });
    return { notice: null };
  }
  const settings = await loadSettings();
  const lang = languageFor(settings);
  const t = translator(lang);
  const platform = platformName(match.operation, lang);
  await showListing(tabId, listingKind(match), toolbarTitle(t, host, match, platform));

  // A page the rules did not stop gets a notice when that is how its kind is shown (or it was let through
  // after a full-page warning the user has seen: then the toolbar button is enough).
  const [policy, closed] = await Promise.all([loadPolicy(), sessionDismissedNotices()]);
  const shown = presentation(
    match,
    effectiveWarningLevel(policy, settings.warningLevel),
    settings.alwaysWarnHosts.includes(match.domain),
  );
  if (shown !== 'notice' || settings.dismissedNotices.includes(match.domain) || closed.includes(match.domain))
    return { notice: null };
  const kind = listingKind(match);
  const keys = kindKeys(kind);
  // The notice's certainty line and check service come from the shard and the operation's file: loaded only for a
  // page that gets a notice.
  const [lookup, op] = await Promise.all([
    withListedLookup((m) => checkUrl(m, `https://${host}/`)),
    loadOperationFile(match.operation),
  ]);
  const check = checkService(op);
  return {
    notice: {
      kind,
      lang,
      label: t('noticeLabel'),
      sender: t('noticeSender'),
      heading: t(keys.heading, { platform }),
      body: t(keys.lead, { host, platform, kind: platformKind(match.operation, lang) }),
      confirmed: certaintySentence(kind, lookup.certainty(match.domain), match.confidence, platform, lang, t),
      more: t('noticeMore'),
      moreNote: t('noticeMoreNote', { platform }),
      check: check && { question: check.audience[lang], label: check.label[lang], note: t('openLinkNote') },
      dismiss: t('noticeDismiss'),
    },
  };
}
