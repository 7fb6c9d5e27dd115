// Popup entry: describes the page the current tab shows. Its first screen holds what matters: the kind of
// listing, the host, what to do (with the check service) and the actions; everything else is one click away.
// Opened by the user's click (or keyboard shortcut), it may read that one tab's address (activeTab), so it can
// describe a listed page the browser stopped without access; it never calls a tab unlisted without seeing its
// address. Without access it says what that leaves, and offers the one click that adds the full warnings.
import { formatDate } from '../core/format.ts';
import { isListStale, todayIso } from '../core/list-age.ts';
import { listingKind } from '../core/listing-kind.ts';
import type { Certainty } from '../core/index-shards.ts';
import { accessTo, type PermissionPlan } from '../core/permission-plan.ts';
import { bypassAllowed, effectiveWarningLevel, NO_POLICY, POLICY_KEYS, type Policy } from '../core/policy.ts';
import { deriveTabState, type TabState } from '../core/tab-state.ts';
import { presentation } from '../core/warning-level.ts';
import type { Language } from '../core/dataset-types.ts';
import type { Translate } from '../i18n/translate.ts';
import browser from '../platform/browser.ts';
import { warningPageTabUrl } from '../platform/warning-page-url.ts';
import { domainCount, listMeta, operationCount } from '../platform/list-meta.ts';
import { withListedLookup } from '../platform/listed-lookup.ts';
import {
  alwaysWarn,
  dismissNotice,
  sessionAllowedHosts,
  showNoticeAgain,
  stopAlwaysWarning,
} from '../platform/exceptions.ts';
import { isFirefox } from '../platform/browser-kind.ts';
import { rememberStoppedTab } from '../platform/stopped-tab.ts';
import { onUserClick, refuseWhenFramed } from '../ui/frame-guard.ts';
import { askForOrigins, currentPlan } from '../platform/host-access.ts';
import { listChangesSinceSeen } from '../platform/list-changes.ts';
import { listingFor } from '../platform/operation-details.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { loadPolicy } from '../platform/policy-store.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { listingSummary } from '../ui/listing-summary.ts';
import { localizePage } from '../ui/localize.ts';
import { operationCard } from '../ui/operation-card.ts';
import { renderFooter } from '../ui/page-footer.ts';
import { accessNotice, askButton } from '../ui/permission-notice.ts';
import { whatToDoFirst } from '../ui/what-to-do.ts';
import type { Settings } from '../core/settings.ts';

const content = document.getElementById('content') as HTMLElement;
const footer = document.getElementById('footer') as HTMLElement;
const languageSelect = document.getElementById('language') as HTMLSelectElement;

/** The tab to describe: ?tab=N when the popup is opened as a page (Firefox for Android opens it in a tab), else the active tab. */
async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return browser.tabs.get(Number(param)).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Leaves the listed site: back to the page before, or closes the tab when there is none. */
async function leave(tabId: number): Promise<void> {
  await browser.tabs.goBack(tabId).catch(() => browser.tabs.remove(tabId));
  window.close();
}

interface ListedContext {
  tabId: number | undefined;
  settings: Settings;
  /** Hosts let through for this session. */
  session: readonly string[];
  plan: PermissionPlan;
  /** The policy, or null while the browser has not answered (then nothing lets a site through). */
  policyRead: Promise<Policy | null>;
  lang: Language;
  t: Translate;
  /** Who says what the list says of this address (from the index shard). */
  certainty: Certainty | undefined;
}

/**
 * Whether the browser stopped this listed page with its own error page: it is shown as a full page, the extension
 * has no access to it (so the rules block it instead of showing the warning page) and no exception lets it through.
 */
function stoppedByBrowser(
  state: Extract<TabState, { kind: 'listed' }>,
  shown: string,
  ctx: ListedContext,
  policy: Policy | null,
): boolean {
  const excepted =
    bypassAllowed(policy) && (ctx.settings.allowedHosts.includes(state.host) || ctx.session.includes(state.host));
  return !state.warned && shown === 'page' && !excepted && !accessTo(ctx.plan.granted)(state.match.domain);
}

/** A listed tab's view, and whether it carries the one click for access itself (then the page-wide notice is left out). */
async function listedView(
  state: Extract<TabState, { kind: 'listed' }>,
  ctx: ListedContext,
): Promise<{ nodes: Node[]; asks: boolean }> {
  const { tabId, settings, lang, t } = ctx;
  const [listing, policy] = await Promise.all([listingFor(state.match), ctx.policyRead]);
  if (!listing) return { nodes: [h('p', {}, state.host)], asks: false };
  const { op, entry } = listing;
  const kind = listingKind(state.match);
  const domain = state.match.domain;
  const always = settings.alwaysWarnHosts.includes(domain);
  const shown = presentation(state.match, effectiveWarningLevel(policy, settings.warningLevel), always);
  const stopped = stoppedByBrowser(state, shown, ctx, policy);
  // The background shows the warning page in this tab once the user allowed the sites (the dialog closes the popup).
  if (stopped && tabId !== undefined) void rememberStoppedTab(tabId, state.url);

  // On a page that never loaded (our warning page, or the browser's error page) there is no site to leave.
  const leaveButton = h(
    'button',
    { type: 'button', class: 'primary', id: 'leave' },
    t(state.warned || stopped ? 'actionGoBack' : 'actionLeave'),
  );
  if (tabId !== undefined) onUserClick(leaveButton, () => void leave(tabId));
  // "Always warn me here" is for domains that would otherwise get only a notice or the badge.
  const alwaysButton =
    (shown !== 'page' || always) && !state.warned && !stopped
      ? h('button', { type: 'button', id: 'always-warn', 'aria-pressed': always ? 'true' : 'false' }, t('alwaysWarn'))
      : null;
  if (alwaysButton)
    onUserClick(alwaysButton, () => void (always ? stopAlwaysWarning(domain) : alwaysWarn(domain)).then(render));
  // The notice's own close button (on the page, which the page could fake a click on) lasts for the session only;
  // "for good" is here, where the page cannot reach.
  const hidden = settings.dismissedNotices.includes(domain);
  const hideButton =
    shown === 'notice' && !state.warned && !stopped
      ? h('button', { type: 'button', id: 'hide-notice', 'aria-pressed': hidden ? 'true' : 'false' }, t('hideNotice'))
      : null;
  if (hideButton)
    onUserClick(hideButton, () => void (hidden ? showNoticeAgain(domain) : dismissNotice(domain)).then(render));

  const everything = h(
    'details',
    { class: 'read-everything', id: 'read-everything' },
    h('summary', {}, t('readEverything')),
  );
  everything.addEventListener(
    'toggle',
    () => {
      if (everything.open && everything.children.length === 1)
        everything.append(...operationCard(op, entry, { lang, t, level: 2 }));
    },
    { once: false },
  );

  return {
    asks: stopped,
    nodes: [
      h(
        'section',
        { class: `listing kind-${kind}`, 'aria-labelledby': 'popup-heading' },
        listingSummary({
          kind,
          host: state.host,
          platform: op.platform[lang],
          platformKind: op.kind[lang],
          confidence: entry.confidence,
          lang,
          t,
          headingLevel: 1,
          headingId: 'popup-heading',
          compact: true,
          acted: { agency: op.agencies[0], date: op.dates.to },
          certainty: ctx.certainty,
        }),
        state.warned && h('p', {}, t('popupStopped', { host: state.host })),
        stopped && h('p', { id: 'stopped-by-browser' }, t('popupStoppedByBrowser')),
        h('div', { class: 'actions' }, leaveButton),
        stopped &&
          h(
            'div',
            { class: 'actions' },
            askButton(
              t('popupShowWarning'),
              ctx.plan.missing,
              { ask: askForOrigins, after: () => void render() },
              'show-warning',
              false,
            ),
          ),
      ),
      // What to do comes right under the one main action; the choices about this site's warning follow it.
      whatToDoFirst(op, kind, { lang, t, level: 2, compact: true }),
      ...(alwaysButton || hideButton ? [h('div', { class: 'actions secondary' }, alwaysButton, hideButton)] : []),
      everything,
    ],
  };
}

function otherView(state: TabState, t: Translate): Node[] {
  if (state.kind === 'not-web') return [h('h1', {}, t('notWebHeading')), h('p', {}, t('notWebBody'))];
  if (state.kind === 'unknown') return [h('h1', {}, t('unknownHeading')), h('p', {}, t('unknownBody'))];
  return [
    h('h1', {}, t('notListedHeading')),
    h('p', {}, t('notListedBody', { operations: operationCount, domains: domainCount })),
  ];
}

async function render(): Promise<void> {
  // Everything the popup reads is asked for at once; only the tab's listing waits for the tab. The policy is
  // needed only for a listed tab, and a slow policy store (right after an install or update) must not hold
  // up the rest: it is waited for a little, as the rules do, and the popup is drawn again if a policy that sets
  // something comes later (not otherwise: a redraw would close what the reader has opened).
  const policy = loadPolicy((late) => {
    if (POLICY_KEYS.some((key) => late[key] !== NO_POLICY[key])) void render();
  });
  const planRead = currentPlan();
  // Without every listed site granted, a tab whose address is not visible may still be a listed page.
  const listed = Promise.all([targetTab(), planRead]).then(async ([tab, plan]) => ({
    tab,
    lookup: await withListedLookup((matcher) =>
      deriveTabState(matcher, tab?.url, warningPageTabUrl(), plan.missing.length === 0),
    ),
  }));
  const [{ settings, lang, t }, { tab, lookup }, plan, changes, session] = await Promise.all([
    loadPageLanguage(),
    listed,
    planRead,
    listChangesSinceSeen(),
    sessionAllowedHosts(),
  ]);
  localizePage(document, t, lang);
  document.title = t('extName');
  languageSelect.value = settings.language;
  const state = lookup.value;
  const date = formatDate(listMeta.date, lang);

  const view =
    state.kind === 'listed'
      ? await listedView(state, {
          tabId: tab?.id,
          settings,
          session,
          plan,
          policyRead: policy,
          lang,
          t,
          certainty: lookup.certainty(state.match.domain),
        })
      : { nodes: otherView(state, t), asks: false };
  // What the tab shows comes first; what the access leaves out, below it.
  replaceChildren(
    content,
    ...view.nodes,
    !view.asks &&
      accessNotice(plan, { t, firefox: isFirefox(), ask: askForOrigins, after: () => void render(), compact: true }),
  );
  const base = browser.runtime.getURL('src/catalogue/index.html');
  renderFooter(footer, t, {
    domain: state.kind === 'listed' ? state.match.domain : undefined,
    extra: [
      changes &&
        h(
          'p',
          { class: 'changed', id: 'list-changed' },
          t('listChanged', { date, added: changes.added.length }),
          ' ',
          h('a', { href: `${base}?new=1`, target: '_blank' }, t('listChangedLink')),
        ),
      h('p', {}, t('listInfo', { date, operations: operationCount, domains: domainCount })),
      isListStale(listMeta.date, todayIso()) && h('p', { class: 'old' }, t('listOld', { date })),
      h('p', {}, t('privacyNote')),
      h(
        'p',
        { class: 'links' },
        h('a', { href: base, target: '_blank' }, t('linkCatalogueShort')),
        ' · ',
        h('a', { href: browser.runtime.getURL('src/options/index.html'), target: '_blank' }, t('linkSettingsShort')),
      ),
    ],
  });
}

function main(): void {
  if (refuseWhenFramed()) return;
  // In a tab of its own (Firefox for Android opens the popup so) the page takes the tab's width; a toolbar popup has none.
  void browser.tabs
    .getCurrent()
    .then((tab) => document.documentElement.classList.toggle('in-tab', tab !== undefined))
    .catch(() => undefined);
  bindLanguageSelect(languageSelect, render);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') window.close();
  });
  void render();
}

main();
