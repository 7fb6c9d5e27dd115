// Warning page entry: shown by the browser in place of a listed site (a declarativeNetRequest redirect puts the
// original URL in the hash). It shows at once what the site is and what to do, with one main action; the ways
// past it are behind "More options" and become usable only once the administrator's policy is known. Any
// website can open or frame this page, so it reads its target once, acts only on the user's own clicks, and
// does nothing at all inside a frame.
import { hostFromUrl } from '../core/host.ts';
import { listingKind } from '../core/listing-kind.ts';
import type { Policy } from '../core/policy.ts';
import { readWarningTarget, shortenForDisplay, type WarningTarget } from '../core/warning-target.ts';
import type { Language } from '../core/dataset-types.ts';
import { kindKeys, type Translate } from '../i18n/translate.ts';
import browser from '../platform/browser.ts';
import { allowForSession, allowPermanently } from '../platform/exceptions.ts';
import { onUserClick, refuseWhenFramed } from '../ui/frame-guard.ts';
import { withListedLookup } from '../platform/listed-lookup.ts';
import { listingFor } from '../platform/operation-details.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { readPolicy } from '../platform/policy-store.ts';
import { closeCurrentTab } from '../platform/tabs.ts';
import { showListing } from '../platform/toolbar.ts';
import { externalLink, h, replaceChildren } from '../ui/dom.ts';
import { listingSummary } from '../ui/listing-summary.ts';
import { localizePage } from '../ui/localize.ts';
import { operationCard, type CardContext } from '../ui/operation-card.ts';
import { renderFooter } from '../ui/page-footer.ts';
import { whatToDoFirst } from '../ui/what-to-do.ts';

type Listed = Extract<WarningTarget, { ok: true }>;

const content = document.getElementById('content') as HTMLElement;
const footer = document.getElementById('page-footer') as HTMLElement;
const languageSelect = document.getElementById('language') as HTMLSelectElement;

/** Whether this tab has a page to go back to; without one the main action closes the tab, and says so. */
const canGoBack = history.length > 1;

function goBack(): void {
  if (canGoBack) history.back();
  else void closeCurrentTab();
}

/** Lets the host through (for the session, or for good), then loads the page the user asked for. */
async function proceed(target: Listed, permanent: boolean): Promise<void> {
  await (permanent ? allowPermanently(target.host) : allowForSession(target.host));
  // The rules need the whole index; only a user who goes on pays for loading it. The background registers the
  // listed-page script for the host when the exception is stored: wait for it, so the badge is there at once.
  const [{ syncBlockingRules }, { listedPageScriptReady }] = await Promise.all([import('../platform/blocking.ts'), import('../platform/content-scripts.ts')]);
  await Promise.all([syncBlockingRules(), listedPageScriptReady(target.match.domain)]);
  location.replace(target.url);
}

/** Where the browser says the visit came from, when it says so at all (no extra permission asked). */
function sentFrom(target: { host: string }): string | null {
  const from = document.referrer ? hostFromUrl(document.referrer) : null;
  return from?.ok && from.host !== target.host ? from.host : null;
}

/** The ways past the warning, folded away; built only once the policy says whether they may exist. */
function moreOptions(target: Listed, t: Translate, policy: Policy | null, relaunch: boolean): HTMLElement {
  const details = h('details', { class: 'more-options', id: 'more-options' }, h('summary', {}, t('moreOptions')));
  if (policy === null) {
    details.append(h('p', { class: 'note', id: 'policy-pending' }, t('policyPending')));
    return details;
  }
  if (!policy.allowBypass) {
    details.append(
      h('p', { class: 'note', id: 'bypass-forbidden' }, t('bypassForbidden')),
      policy.supportMessage ? h('p', { id: 'support-message' }, policy.supportMessage) : '',
      policy.supportUrl ? h('p', {}, externalLink(policy.supportUrl, t('supportLink'), t('openLinkNote'))) : '',
    );
    return details;
  }
  const go = h('button', { type: 'button', id: 'continue' }, t('actionContinue'));
  const never = h('button', { type: 'button', id: 'dont-warn' }, t('actionDontWarn'));
  const confirmBox = h('div', { class: 'confirm', id: 'confirm', role: 'alertdialog', 'aria-labelledby': 'confirm-text', hidden: true });
  const ask = (permanent: boolean) => {
    if (!relaunch) return void proceed(target, permanent);
    // A copycat may be a trap: ask once more before letting it load.
    const yes = h('button', { type: 'button', id: 'continue-anyway' }, t('actionContinueAnyway'));
    const stay = h('button', { type: 'button', class: 'primary', id: 'stay' }, t('actionStay'));
    onUserClick(yes, () => void proceed(target, permanent));
    onUserClick(stay, () => { confirmBox.hidden = true; go.focus(); });
    replaceChildren(confirmBox, h('p', { id: 'confirm-text' }, t('continueConfirm')), h('div', { class: 'actions' }, stay, yes));
    confirmBox.hidden = false;
    stay.focus();
  };
  onUserClick(go, () => ask(false));
  onUserClick(never, () => ask(true));
  details.append(h('p', { class: 'note' }, t('continueNote', { host: target.host })), h('div', { class: 'actions secondary' }, go, never), confirmBox);
  return details;
}

async function warningView(target: Listed, lang: Language, t: Translate, policy: Policy | null): Promise<Node[]> {
  const listing = await listingFor(target.match);
  if (!listing) return neutralView(t);
  const { op, entry } = listing;
  const kind = listingKind(target.match);
  const ctx: CardContext = { lang, t, level: 2 };
  const from = sentFrom(target);
  document.title = t('warningTitle', { host: target.host });
  const back = h('button', { type: 'button', class: 'primary', id: 'go-back' }, t(canGoBack ? 'actionGoBack' : 'actionCloseTab'));
  onUserClick(back, goBack);
  return [
    h('section', { class: `stop kind-${kind}`, 'aria-labelledby': 'warning-heading' },
      listingSummary({ kind, host: target.host, platform: op.platform[lang], platformKind: op.kind[lang], confidence: entry.confidence, lang, t, headingLevel: 1, headingId: 'warning-heading' }),
      h('p', {}, t('warningStopped')),
      from && h('p', { id: 'sent-from' }, t('warningSentFrom', { host: from })),
      h('div', { class: 'actions' }, back),
      moreOptions(target, t, policy, kind === 'relaunch'),
    ),
    whatToDoFirst(op, kind, ctx),
    h('details', { class: 'read-everything', id: 'read-everything' },
      h('summary', {}, t('readEverything')),
      h('p', { class: 'target-url' }, t('warningAddress'), ': ', shortenForDisplay(target.url, 300)),
      ...operationCard(op, entry, ctx),
    ),
  ];
}

function neutralView(t: Translate): Node[] {
  document.title = t('extName');
  return [h('h1', { id: 'warning-heading', tabindex: '-1' }, t('neutralHeading')), h('p', {}, t('neutralBody'))];
}

/** Marks this tab's toolbar button like any listed page (the background is not needed for that). */
async function markTab(target: Listed, t: Translate, lang: Language, platformName: (operation: string, lang: Language) => string): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const kind = listingKind(target.match);
  await showListing(tab.id, kind, t(kindKeys(kind).title, { host: target.host, platform: platformName(target.match.operation, lang) }));
}

async function main(): Promise<void> {
  if (refuseWhenFramed()) return;
  // The target is read once: a website that opened this page cannot swap it under the user's click.
  window.addEventListener('hashchange', () => location.reload());
  const hash = location.hash;
  const { value: target, platformName } = await withListedLookup((matcher) => readWarningTarget(matcher, hash));
  // Start loading the operation's text now, while the page reads the language setting.
  if (target.ok) void listingFor(target.match).catch(() => undefined);
  let policy: Policy | null = null;
  let focused = false;
  let translate: Translate | null = null;

  /** Puts the ways past the warning in place once the policy is known, keeping the fold as the user left it. */
  function refreshMoreOptions(): void {
    const current = document.getElementById('more-options') as HTMLDetailsElement | null;
    if (!current || !target.ok || !translate) return;
    const next = moreOptions(target, translate, policy, listingKind(target.match) === 'relaunch');
    if (current.open) next.setAttribute('open', '');
    current.replaceWith(next);
  }

  async function render(): Promise<void> {
    const { settings, lang, t } = await loadPageLanguage();
    translate = t;
    localizePage(document, t, lang);
    languageSelect.value = settings.language;
    const open = (document.getElementById('more-options') as HTMLDetailsElement | null)?.open ?? false;
    replaceChildren(content, ...(target.ok ? await warningView(target, lang, t, policy) : neutralView(t)));
    if (open) (document.getElementById('more-options') as HTMLDetailsElement | null)?.setAttribute('open', '');
    // The policy may have arrived while this render waited for the operation's text.
    if (policy !== null) refreshMoreOptions();
    renderFooter(footer, t, {
      domain: target.ok ? target.match.domain : undefined,
      extra: [h('p', { class: 'links' },
        h('a', { id: 'link-catalogue', href: browser.runtime.getURL('src/catalogue/index.html') }, t('linkCatalogue')), ' · ',
        h('a', { id: 'link-settings', href: browser.runtime.getURL('src/options/index.html') }, t('linkSettings')))],
    });
    // Screen readers announce the page through its focused heading, once.
    if (!focused) {
      (document.getElementById('warning-heading') as HTMLElement).focus();
      focused = true;
    }
    if (target.ok) void markTab(target, t, lang, platformName).catch(() => undefined);
  }

  bindLanguageSelect(languageSelect, render);
  void render();
  // The page does not wait for the policy; only the ways past the warning do.
  void readPolicy().then((p) => {
    policy = p;
    refreshMoreOptions();
  });
}

void main();
