// Popup entry: describes the page the current tab shows, from the background's per-tab state.
import { formatDate } from '../core/format.ts';
import { isListStale, todayIso } from '../core/list-age.ts';
import { isUnconfirmed } from '../core/warning-level.ts';
import { deriveTabState, type TabState } from '../core/tab-state.ts';
import type { Language } from '../core/dataset-types.ts';
import { statusKey, type Translate } from '../i18n/translate.ts';
import browser from '../platform/browser.ts';
import { dataset, domainCount, listingFor, matcher } from '../platform/bundled-dataset.ts';
import { hasHostAccess, requestHostAccess } from '../platform/host-access.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { readTabState } from '../platform/tab-state-store.ts';
import { warningPageUrl } from '../platform/blocking.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { localizePage } from '../ui/localize.ts';
import { operationCard, type CardContext } from '../ui/operation-card.ts';

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

function listedView(state: Extract<TabState, { kind: 'listed' }>, lang: Language, t: Translate): Node[] {
  const listing = listingFor(state.match);
  if (!listing) return [h('p', {}, state.host)];
  const { op, entry } = listing;
  const ctx: CardContext = { lang, t, level: 2 };
  const unconfirmed = isUnconfirmed(state.match.status);
  return [
    h('div', { class: unconfirmed ? 'alert unconfirmed' : 'alert', role: 'alert' },
      h('h1', {}, h('span', { class: 'mark', 'aria-hidden': 'true' }, unconfirmed ? '? ' : '! '), t('listedHeading')),
      h('p', {}, t(state.warned ? 'listedLeadWarned' : 'listedLead', { host: state.host, platform: op.platform[lang], kind: op.kind[lang] })),
      state.host !== state.match.domain && h('p', {}, t('listedVia', { domain: state.match.domain })),
      h('p', {}, h('strong', {}, t('fieldStatus'), ': '), t(statusKey(state.match.status))),
    ),
    ...operationCard(op, entry, ctx),
  ];
}

function otherView(state: TabState, t: Translate, date: string): Node[] {
  if (state.kind === 'not-web') return [h('h1', {}, t('notWebHeading')), h('p', {}, t('notWebBody'))];
  return [
    h('h1', {}, t('notListedHeading')),
    h('p', {}, t('notListedBody', { operations: dataset.operations.length, domains: domainCount, date })),
  ];
}

async function render(): Promise<void> {
  const { settings, lang, t } = await loadPageLanguage();
  localizePage(document, t, lang);
  document.title = t('extName');
  languageSelect.value = settings.language;

  const tab = await targetTab();
  const stored = tab?.id !== undefined ? await readTabState(tab.id) : null;
  const state = stored ?? deriveTabState(matcher, tab?.url, warningPageUrl());
  const date = formatDate(dataset.date, lang);
  const access = await hasHostAccess();

  replaceChildren(content,
    !access && h('div', { class: 'notice', role: 'alert' },
      h('p', {}, t('permissionMissing')),
      h('button', { type: 'button', id: 'grant' }, t('permissionGrant')),
    ),
    state.kind === 'listed' ? listedView(state, lang, t) : otherView(state, t, date),
  );
  replaceChildren(footer,
    h('p', {}, t('listInfo', { date, operations: dataset.operations.length, domains: domainCount })),
    isListStale(dataset.date, todayIso()) && h('p', { class: 'old' }, t('listOld', { date })),
    h('p', {}, t('privacyNote')),
    h('p', { class: 'links' },
      h('a', { href: browser.runtime.getURL('src/catalogue/index.html'), target: '_blank' }, t('linkCatalogueShort')),
      ' · ',
      h('a', { href: browser.runtime.getURL('src/options/index.html'), target: '_blank' }, t('linkSettingsShort')),
    ),
  );
  document.getElementById('grant')?.addEventListener('click', () => void requestHostAccess().then(render));
}

bindLanguageSelect(languageSelect, render);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') window.close();
});
void render();
