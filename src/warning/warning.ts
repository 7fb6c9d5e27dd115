// Warning page entry: shown by the browser in place of a listed site (a declarativeNetRequest redirect puts the
// original URL in the hash, and the session's secret in the query). It shows at once what the site is and what to
// do, with one main action; the ways past it are behind "More options". Any website can try to open or frame this
// page, so it reads its target once, does nothing at all inside a frame, and offers the ways past only for a visit
// the browser's own rule redirected (the secret matches), once the administrator's policy is known, and only to the
// person's own clicks after they have been looking at the page for a moment (src/ui/arming.ts). A page opened any
// other way says only what the list knows: the listed domain, never the address it was handed.
import { hostFromUrl } from '../core/host.ts';
import { KIND_LOOK, listingKind, type ListingKind } from '../core/listing-kind.ts';
import type { Policy } from '../core/policy.ts';
import { readWarningTarget, type WarningTarget } from '../core/warning-target.ts';
import type { Translate } from '../i18n/translate.ts';
import { allowForSession, allowPermanently } from '../platform/exceptions.ts';
import { onUserClick, refuseWhenFramed } from '../ui/frame-guard.ts';
import { withListedLookup, type Lookup } from '../platform/listed-lookup.ts';
import { listingFor } from '../platform/operation-details.ts';
import { bindLanguageSelect, loadPageLanguage, type PageLanguage } from '../platform/page-language.ts';
import { readPolicy } from '../platform/policy-store.ts';
import { isWarningSecret, SECRET_PARAM } from '../platform/warning-secret.ts';
import { watchArming, type Arming } from '../ui/arming.ts';
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
  const [{ syncBlockingRules }, { listedPageScriptReady }] = await Promise.all([
    import('../platform/blocking.ts'),
    import('../platform/content-scripts.ts'),
  ]);
  await Promise.all([syncBlockingRules(), listedPageScriptReady(target.match.domain)]);
  location.replace(target.url);
}

/** The help desk's link from the policy: a web page opens in a new tab; a mail address is shown as well as linked. */
function supportLink(url: string, t: Translate): Node {
  if (!url.startsWith('mailto:')) return externalLink(url, t('supportLink'), t('openLinkNote'));
  const address = decodeURIComponent(url.slice('mailto:'.length).split('?')[0]);
  return h('a', { href: url }, `${t('supportLink')}: ${address}`);
}

/** Where the browser says the visit came from, when it says so at all (no extra permission asked). */
function sentFrom(target: { host: string }): string | null {
  const from = document.referrer ? hostFromUrl(document.referrer) : null;
  return from?.ok && from.host !== target.host ? from.host : null;
}

/** How this page was opened: `redirect` (the browser's rule stopped a visit: the secret matches), or `page` (a website opened it by itself). */
type Opened = 'redirect' | 'page';

/** What decides whether there are ways past: how the page was opened and the policy (null while unknown). */
interface WaysPast {
  opened: Opened;
  policy: Policy | null;
  arming: Arming;
}

const PAST_BUTTONS = ['continue', 'dont-warn', 'continue-anyway'];

/** Shows the ways past as usable or not (they ignore clicks until the page is armed). */
function showArmed(armed: boolean): void {
  for (const id of PAST_BUTTONS) document.getElementById(id)?.setAttribute('aria-disabled', armed ? 'false' : 'true');
}

/** The ways past the warning, folded away; built only once it is known whether they may exist. */
function moreOptions(target: Listed, t: Translate, ways: WaysPast, relaunch: boolean): HTMLElement {
  const { policy, arming } = ways;
  // Opened by a website: no way past, and nothing to fold away.
  if (ways.opened === 'page') return h('p', { class: 'note', id: 'more-options' }, t('warningOpenedByPage'));
  const details = h('details', { class: 'more-options', id: 'more-options' }, h('summary', {}, t('moreOptions')));
  if (policy === null) {
    details.append(h('p', { class: 'note', id: 'policy-pending' }, t('policyPending')));
    return details;
  }
  if (!policy.allowBypass) {
    details.append(
      h('p', { class: 'note', id: 'bypass-forbidden' }, t('bypassForbidden')),
      policy.supportMessage ? h('p', { id: 'support-message' }, policy.supportMessage) : '',
      policy.supportUrl ? h('p', { id: 'support-link' }, supportLink(policy.supportUrl, t)) : '',
    );
    return details;
  }
  const disabled = arming.armed() ? 'false' : 'true';
  const go = h('button', { type: 'button', id: 'continue', 'aria-disabled': disabled }, t('actionContinue'));
  const never = h('button', { type: 'button', id: 'dont-warn', 'aria-disabled': disabled }, t('actionDontWarn'));
  const confirmBox = h('div', {
    class: 'confirm',
    id: 'confirm',
    role: 'alertdialog',
    'aria-labelledby': 'confirm-text',
    hidden: true,
  });
  /** A way past acts only on the person's own click on an armed page. */
  const onArmedClick = (button: HTMLElement, action: () => void) =>
    onUserClick(button, () => {
      if (arming.armed()) action();
    });
  const ask = (permanent: boolean) => {
    if (!relaunch && !permanent) return void proceed(target, false);
    // A copycat may be a trap, and "never again" lasts: ask once more before letting it load.
    const yes = h(
      'button',
      { type: 'button', id: 'continue-anyway', 'aria-disabled': arming.armed() ? 'false' : 'true' },
      t('actionContinueAnyway'),
    );
    const stay = h('button', { type: 'button', class: 'primary', id: 'stay' }, t('actionStay'));
    onArmedClick(yes, () => void proceed(target, permanent));
    onUserClick(stay, () => {
      confirmBox.hidden = true;
      go.focus();
    });
    const question = [
      relaunch && t('continueConfirm'),
      permanent && t('continueConfirmPermanent', { host: target.host }),
    ]
      .filter(Boolean)
      .join(' ');
    replaceChildren(confirmBox, h('p', { id: 'confirm-text' }, question), h('div', { class: 'actions' }, stay, yes));
    confirmBox.hidden = false;
    stay.focus();
  };
  onArmedClick(go, () => ask(false));
  onArmedClick(never, () => ask(true));
  details.append(
    h('p', { class: 'note' }, t('continueNote', { host: target.host })),
    h('div', { class: 'actions secondary' }, go, never),
    confirmBox,
  );
  return details;
}

/** The tab's icon and the bar's shield in the kind's colour and mark: a copycat's page is not the takedown red. */
function showKindIcon(kind: ListingKind): void {
  const icon = `/icons/icon-${KIND_LOOK[kind].icon}-32.png`;
  document.querySelector('link[rel="icon"]')?.setAttribute('href', icon);
  document.getElementById('kind-icon')?.setAttribute('src', icon);
}

/** The first screen: what this site is, that it was stopped, and the one main action. Built from the index shard
 * alone, so it does not wait for the operation's text. */
function stopSection(target: Listed, lookup: Lookup<unknown>, language: PageLanguage, ways: WaysPast): HTMLElement {
  const { lang, t } = language;
  const { operation, confidence } = target.match;
  const kind = listingKind(target.match);
  const platform = lookup.platformName(operation, lang);
  // The host and where the visit came from are what the browser's redirect said; a page opened any other way was
  // handed them by a website, so it names only the listed domain.
  const trusted = ways.opened === 'redirect';
  const host = trusted ? target.host : target.match.domain;
  const from = trusted ? sentFrom(target) : null;
  document.title = t('warningTitle', { host });
  showKindIcon(kind);
  const back = h(
    'button',
    { type: 'button', class: 'primary', id: 'go-back' },
    t(canGoBack ? 'actionGoBack' : 'actionCloseTab'),
  );
  onUserClick(back, goBack);
  return h(
    'section',
    { class: `stop kind-${kind}`, 'aria-labelledby': 'warning-heading' },
    listingSummary({
      kind,
      host,
      platform,
      platformKind: lookup.platformKind(operation, lang),
      confidence,
      lang,
      t,
      headingLevel: 1,
      headingId: 'warning-heading',
      acted: lookup.platform(operation),
      certainty: lookup.certainty(target.match.domain),
    }),
    ways.opened !== 'page' && h('p', {}, t('warningStopped')),
    from && h('p', { id: 'sent-from' }, t('warningSentFrom', { host: from })),
    h('div', { class: 'actions' }, back),
    moreOptions(target, t, ways, kind === 'relaunch'),
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
  const secret = new URLSearchParams(location.search).get(SECRET_PARAM);
  // The index shards, the language setting and whether the browser's rule opened this page are read together; then
  // the first screen is drawn at once while the operation's text and the code for the rest of the page load.
  const [lookup, firstLanguage, redirected] = await Promise.all([
    withListedLookup((matcher) => readWarningTarget(matcher, hash)),
    loadPageLanguage(),
    isWarningSecret(secret),
  ]);
  const target = lookup.value;
  const listing = target.ok ? listingFor(target.match) : Promise.resolve(null);
  const details = import('./warning-details.ts');
  const ways: WaysPast = { opened: redirected ? 'redirect' : 'page', policy: null, arming: watchArming(showArmed) };
  let focused = false;
  let translate: Translate | null = null;
  let renders = 0;

  /** Puts the ways past the warning in place once the policy is known, keeping the fold as the user left it. */
  function refreshMoreOptions(): void {
    const current = document.getElementById('more-options') as HTMLDetailsElement | null;
    if (!current || !target.ok || !translate) return;
    const next = moreOptions(target, translate, ways, listingKind(target.match) === 'relaunch');
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
    const language = given ?? (await loadPageLanguage());
    const { settings, lang, t } = language;
    translate = t;
    localizePage(document, t, lang);
    languageSelect.value = settings.language;
    const open = (document.getElementById('more-options') as HTMLDetailsElement | null)?.open ?? false;
    replaceChildren(content, ...(target.ok ? [stopSection(target, lookup, language, ways)] : neutralView(t)));
    if (open) (document.getElementById('more-options') as HTMLDetailsElement | null)?.setAttribute('open', '');
    focusHeading();
    const [page, found] = await Promise.all([details, listing]);
    // A newer render (the user changed the language meanwhile) draws the rest itself.
    if (run !== renders) return;
    if (target.ok && found)
      content.append(...page.detailsView(target, found, { lang, t, level: 2 }, ways.opened === 'redirect'));
    else if (target.ok) replaceChildren(content, ...neutralView(t));
    // How the page was opened and the policy may have become known while this render waited.
    refreshMoreOptions();
    page.warningFooter(footer, t, target.ok ? target.match.domain : undefined);
    if (target.ok && found)
      void page
        .markTab(target, t, lookup.platformName(target.match.operation, lang), ways.opened === 'redirect')
        .catch(() => undefined);
  }

  bindLanguageSelect(languageSelect, () => render());
  void render(firstLanguage);
  // The page does not wait for the policy; only the ways past the warning do.
  void readPolicy().then((p) => {
    ways.policy = p;
    refreshMoreOptions();
  });
}

void main();
