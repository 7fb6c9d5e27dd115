// Popup entry: describes the page the current tab shows. Its first screen holds what matters: the kind of
// listing, the host, what to do (with the check service) and the actions; everything else is one click away.
// It also asks, in one click, for the listed sites the user has not answered for yet (after install or an update).
import { formatDate } from '../core/format.ts';
import { isListStale, todayIso } from '../core/list-age.ts';
import { listingKind } from '../core/listing-kind.ts';
import { patternDomain } from '../core/permission-plan.ts';
import { effectiveWarningLevel, NO_POLICY, POLICY_KEYS, type Policy } from '../core/policy.ts';
import { deriveTabState, type TabState } from '../core/tab-state.ts';
import { presentation } from '../core/warning-level.ts';
import type { Language } from '../core/dataset-types.ts';
import type { Translate } from '../i18n/translate.ts';
import browser from '../platform/browser.ts';
import { warningPageUrl } from '../platform/warning-page-url.ts';
import { domainCount, listMeta, operationCount } from '../platform/list-meta.ts';
import { withListedLookup } from '../platform/listed-lookup.ts';
import { alwaysWarn, stopAlwaysWarning } from '../platform/exceptions.ts';
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
import { permissionNotice } from '../ui/permission-notice.ts';
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

async function listedView(state: Extract<TabState, { kind: 'listed' }>, tabId: number | undefined, settings: Settings, policyRead: Promise<Policy>, lang: Language, t: Translate): Promise<Node[]> {
  const [listing, policy] = await Promise.all([listingFor(state.match), policyRead]);
  if (!listing) return [h('p', {}, state.host)];
  const { op, entry } = listing;
  const kind = listingKind(state.match);
  const domain = state.match.domain;
  const always = settings.alwaysWarnHosts.includes(domain);
  const shown = presentation(state.match, effectiveWarningLevel(policy, settings.warningLevel), always);

  const leaveButton = h('button', { type: 'button', class: 'primary', id: 'leave' }, t('actionLeave'));
  if (tabId !== undefined) onUserClick(leaveButton, () => void leave(tabId));
  // "Always warn me here" is for domains that would otherwise get only a notice or the badge.
  const alwaysButton = (shown !== 'page' || always) && !state.warned
    ? h('button', { type: 'button', id: 'always-warn', 'aria-pressed': always ? 'true' : 'false' }, t('alwaysWarn'))
    : null;
  if (alwaysButton) onUserClick(alwaysButton, () => void (always ? stopAlwaysWarning(domain) : alwaysWarn(domain)).then(render));

  const everything = h('details', { class: 'read-everything', id: 'read-everything' }, h('summary', {}, t('readEverything')));
  everything.addEventListener('toggle', () => {
    if (everything.open && everything.children.length === 1) everything.append(...operationCard(op, entry, { lang, t, level: 2 }));
  }, { once: false });

  return [
    h('section', { class: `listing kind-${kind}`, 'aria-labelledby': 'popup-heading' },
      listingSummary({ kind, host: state.host, platform: op.platform[lang], platformKind: op.kind[lang], confidence: entry.confidence, lang, t, headingLevel: 1, headingId: 'popup-heading', compact: true }),
      state.warned && h('p', {}, t('popupStopped', { host: state.host })),
      h('div', { class: 'actions' }, leaveButton, alwaysButton),
    ),
    whatToDoFirst(op, kind, { lang, t, level: 2, compact: true }),
    everything,
  ];
}

function otherView(state: TabState, t: Translate): Node[] {
  if (state.kind === 'not-web') return [h('h1', {}, t('notWebHeading')), h('p', {}, t('notWebBody'))];
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
  const listed = targetTab().then(async (tab) => ({ tab, lookup: await withListedLookup((matcher) => deriveTabState(matcher, tab?.url, warningPageUrl())) }));
  const [{ settings, lang, t }, { tab, lookup }, plan, changes] = await Promise.all([loadPageLanguage(), listed, currentPlan(), listChangesSinceSeen()]);
  localizePage(document, t, lang);
  document.title = t('extName');
  languageSelect.value = settings.language;
  const state = lookup.value;
  const date = formatDate(listMeta.date, lang);

  replaceChildren(content,
    permissionNotice(plan, t, askForOrigins, () => void render()),
    ...(state.kind === 'listed' ? await listedView(state, tab?.id, settings, policy, lang, t) : otherView(state, t)),
  );
  const base = browser.runtime.getURL('src/catalogue/index.html');
  renderFooter(footer, t, {
    domain: state.kind === 'listed' ? state.match.domain : undefined,
    extra: [
      changes && h('p', { class: 'changed', id: 'list-changed' }, t('listChanged', { date, added: changes.added.length }), ' ',
        h('a', { href: `${base}?new=1`, target: '_blank' }, t('listChangedLink'))),
      h('p', {}, t('listInfo', { date, operations: operationCount, domains: domainCount })),
      isListStale(listMeta.date, todayIso()) && h('p', { class: 'old' }, t('listOld', { date })),
      plan.declined.length > 0 && h('p', { class: 'note' }, t('declinedShort', { count: plan.declined.length, domains: plan.declined.map(patternDomain).slice(0, 5).join(', ') })),
      h('p', {}, t('privacyNote')),
      h('p', { class: 'links' },
        h('a', { href: base, target: '_blank' }, t('linkCatalogueShort')),
        ' · ',
        h('a', { href: browser.runtime.getURL('src/options/index.html'), target: '_blank' }, t('linkSettingsShort')),
      ),
    ],
  });
}

function main(): void {
  if (refuseWhenFramed()) return;
  bindLanguageSelect(languageSelect, render);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') window.close();
  });
  void render();
}

main();
