// Warning page entry: shown by the browser in place of a listed site (a declarativeNetRequest redirect puts the
// original URL in the hash). It shows at once what the site is and what to do, with one main action; the ways
// past it are behind "More options" and become usable only once the administrator's policy is known. Any
// website can open or frame this page, so it reads its target once, acts only on the user's own clicks, and
// does nothing at all inside a frame.
import { hostFromUrl } from '../core/host.ts';
import { listingKind } from '../core/listing-kind.ts';
import type { Policy } from '../core/policy.ts';
import { readWarningTarget, type WarningTarget } from '../core/warning-target.ts';
import type { Translate } from '../i18n/translate.ts';
import { allowForSession, allowPermanently } from '../platform/exceptions.ts';
import { onUserClick, refuseWhenFramed } from '../ui/frame-guard.ts';
import { withListedLookup, type Lookup } from '../platform/listed-lookup.ts';
import { listingFor } from '../platform/operation-details.ts';
import { bindLanguageSelect, loadPageLanguage, type PageLanguage } from '../platform/page-language.ts';
import { readPolicy } from '../platform/policy-store.ts';
import { closeCurrentTab } from '../platform/tabs.ts';
import { externalLink, h, replaceChildren } from '../ui/dom.ts';
import { listingSummary } from '../ui/listing-summary.ts';
import { localizePage } from '../ui/localize.ts';

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

/** The first screen: what this site is, that it was stopped, and the one main action. Built from the index shard
 * alone, so it does not wait for the operation's text. */
function stopSection(target: Listed, lookup: Lookup<unknown>, language: PageLanguage, policy: Policy | null): HTMLElement {
  const { lang, t } = language;
  const { operation, confidence } = target.match;
  const kind = listingKind(target.match);
  const platform = lookup.platformName(operation, lang);
  const from = sentFrom(target);
  document.title = t('warningTitle', { host: target.host });
  const back = h('button', { type: 'button', class: 'primary', id: 'go-back' }, t(canGoBack ? 'actionGoBack' : 'actionCloseTab'));
  onUserClick(back, goBack);
  return h('section', { class: `stop kind-${kind}`, 'aria-labelledby': 'warning-heading' },
    listingSummary({ kind, host: target.host, platform, platformKind: lookup.platformKind(operation, lang), confidence, lang, t, headingLevel: 1, headingId: 'warning-heading' }),
    h('p', {}, t('warningStopped')),
    from && h('p', { id: 'sent-from' }, t('warningSentFrom', { host: from })),
    h('div', { class: 'actions' }, back),
    moreOptions(target, t, policy, kind === 'relaunch'),
  );
}

function neutralView(t: Translate): Node[] {
  document.title = t('extName');
  return [h('h1', { id: 'warning-heading', tabindex: '-1' }, t('neutralHeading')), h('p', {}, t('neutralBody'))];
}

async function main(): Promise<void> {
  if (refuseWhenFramed()) return;
  // The target is read once: a website that opened this page cannot swap it under the user's click.
  window.addEventListener('hashchange', () => location.reload());
  const hash = location.hash;
  // The index shards and the language setting are read together; then the first screen is drawn at once while
  // the operation's text and the code for the rest of the page load.
  const [lookup, firstLanguage] = await Promise.all([withListedLookup((matcher) => readWarningTarget(matcher, hash)), loadPageLanguage()]);
  const target = lookup.value;
  const listing = target.ok ? listingFor(target.match) : Promise.resolve(null);
  const details = import('./warning-details.ts');
  let policy: Policy | null = null;
  let focused = false;
  let translate: Translate | null = null;
  let renders = 0;

  /** Puts the ways past the warning in place once the policy is known, keeping the fold as the user left it. */
  function refreshMoreOptions(): void {
    const current = document.getElementById('more-options') as HTMLDetailsElement | null;
    if (!current || !target.ok || !translate) return;
    const next = moreOptions(target, translate, policy, listingKind(target.match) === 'relaunch');
    if (current.open) next.setAttribute('open', '');
    current.replaceWith(next);
  }

  /** Screen readers announce the page through its focused heading, once. */
  function focusHeading(): void {
    if (focused) return;
    (document.getElementById('warning-heading') as HTMLElement | null)?.focus();
    focused = true;
  }

  async function render(given?: PageLanguage): Promise<void> {
    const run = ++renders;
    const language = given ?? await loadPageLanguage();
    const { settings, lang, t } = language;
    translate = t;
    localizePage(document, t, lang);
    languageSelect.value = settings.language;
    const open = (document.getElementById('more-options') as HTMLDetailsElement | null)?.open ?? false;
    replaceChildren(content, ...(target.ok ? [stopSection(target, lookup, language, policy)] : neutralView(t)));
    if (open) (document.getElementById('more-options') as HTMLDetailsElement | null)?.setAttribute('open', '');
    focusHeading();
    const [page, found] = await Promise.all([details, listing]);
    // A newer render (the user changed the language meanwhile) draws the rest itself.
    if (run !== renders) return;
    if (target.ok && found) content.append(...page.detailsView(target, found, { lang, t, level: 2 }));
    else if (target.ok) replaceChildren(content, ...neutralView(t));
    // The policy may have arrived while this render waited.
    if (policy !== null) refreshMoreOptions();
    page.warningFooter(footer, t, target.ok ? target.match.domain : undefined);
    if (target.ok && found) void page.markTab(target, t, lookup.platformName(target.match.operation, lang)).catch(() => undefined);
  }

  bindLanguageSelect(languageSelect, () => render());
  void render(firstLanguage);
  // The page does not wait for the policy; only the ways past the warning do.
  void readPolicy().then((p) => {
    policy = p;
    refreshMoreOptions();
  });
}

void main();
