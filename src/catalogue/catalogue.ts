// Catalogue entry: every operation and domain on the list, searchable (a pasted address finds its listed
// parent) and filterable (kind of listing, confidence, new in this list), by operation or as one table of
// every domain; and the opt-in "Have I been there?" history check. Works offline: the list is bundled.
import {
  EMPTY_QUERY,
  filterCounts,
  searchCatalogue,
  type AddressAnswer,
  type CatalogueQuery,
} from '../core/catalogue-search.ts';
import { CONFIDENCES, type Language, type Operation } from '../core/dataset-types.ts';
import { formatDate } from '../core/format.ts';
import { isListStale, todayIso } from '../core/list-age.ts';
import { LISTING_KINDS, listingKind } from '../core/listing-kind.ts';
import { effectiveWarningLevel } from '../core/policy.ts';
import { kindKeys, translator, type Translate } from '../i18n/translate.ts';
import { bundled, domainCount, matcher, operationCount, platformName } from '../platform/bundled-index.ts';
import { loadAllOperations } from '../platform/operation-details.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { readPolicy } from '../platform/policy-store.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { refuseWhenFramed } from '../ui/frame-guard.ts';
import { localizePage } from '../ui/localize.ts';
import { renderFooter } from '../ui/page-footer.ts';
import { CONFIDENCE_SHORT, KIND_PHRASE, kindLabel, renderOperations, type ListContext } from './catalogue-list.ts';
import { renderFlat } from './flat-table.ts';
import { createVisitsPanel } from './visits-panel.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const languageSelect = byId<HTMLSelectElement>('language');
const queryInput = byId<HTMLInputElement>('query');
const kindSelect = byId<HTMLSelectElement>('kind');
const confidenceSelect = byId<HTMLSelectElement>('confidence');
const newOnly = byId<HTMLInputElement>('new-only');
const flatView = byId<HTMLInputElement>('flat-view');
const count = byId<HTMLElement>('count');
const addressAnswer = byId<HTMLElement>('address-answer');
const results = byId<HTMLUListElement>('results');
const listInfo = byId<HTMLElement>('list-info');
const legend = byId<HTMLElement>('kind-legend');

const openIds = new Set<string>();
const newDomains = new Set(bundled.changes?.added ?? []);
let operations: Operation[] = [];
let lang: Language = 'en';
let t: Translate = translator(lang);
let listContext: ListContext | null = null;

/**
 * Rebuilds a filter's options in the current language, each with the number of domains it keeps ("High: 63
 * domains"), so that no count can be read as operations; values that would keep nothing are not offered.
 */
function fillSelect(select: HTMLSelectElement, options: [string, string, number][]): void {
  const chosen = select.value || 'all';
  replaceChildren(
    select,
    options
      .filter(([value, , n]) => n > 0 || value === 'all')
      .map(([value, name, n]) => h('option', { value }, t('filterOption', { name, count: n }))),
  );
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : 'all';
}

/** Says what each mark in the tables means, for all five kinds, in the words the badge and the popup use. */
function renderLegend(): void {
  replaceChildren(
    legend,
    h('p', { class: 'legend-label', id: 'kind-legend-label' }, t('legendLabel')),
    h(
      'ul',
      { 'aria-labelledby': 'kind-legend-label' },
      LISTING_KINDS.map((kind) => h('li', { 'data-kind': kind }, kindLabel(kind, t, kindKeys(kind).name))),
    ),
  );
}

/** The answer to a pasted address: the listed domain itself, or the listed domain it belongs to. */
function addressText(address: AddressAnswer): string {
  const match = address.match;
  if (!match) return t('addressUnlisted', { host: address.host });
  const values = {
    host: address.host,
    domain: match.domain,
    platform: platformName(match.operation, lang),
    kind: t(KIND_PHRASE[listingKind(match)]),
  };
  return address.host === match.domain ? t('addressIsListed', values) : t('addressUnder', values);
}

function readQuery(): CatalogueQuery {
  return {
    text: queryInput.value,
    kind: kindSelect.value as CatalogueQuery['kind'],
    confidence: confidenceSelect.value as CatalogueQuery['confidence'],
    onlyNew: newOnly.checked,
  };
}

function update(): void {
  if (!listContext) return;
  const { hits, address } = searchCatalogue(operations, readQuery(), lang, matcher, newDomains);
  replaceChildren(
    addressAnswer,
    address &&
      h(
        'p',
        {
          class: address.match ? `address-listed kind-${listingKind(address.match)}` : 'address-unlisted',
          id: 'address-result',
        },
        addressText(address),
      ),
  );
  if (flatView.checked) renderFlat(results, hits, listContext);
  else renderOperations(results, hits, listContext, openIds);
  const domains = hits.reduce((n, hit) => n + hit.domains.length, 0);
  count.textContent =
    hits.length === 0 ? t('resultNone') : t('resultCount', { shown: hits.length, total: operations.length, domains });
}

async function render(): Promise<void> {
  const [page, policy] = await Promise.all([loadPageLanguage(), readPolicy()]);
  ({ lang, t } = page);
  const { settings } = page;
  localizePage(document, t, lang);
  document.title = `${t('catalogueTitle')} – ${t('extName')}`;
  languageSelect.value = settings.language;
  const counts = filterCounts(operations, newDomains);
  const listed = Object.values(counts.kind).reduce((a, b) => a + b, 0);
  fillSelect(kindSelect, [
    ['all', t('filterAll'), listed],
    ...LISTING_KINDS.map((k): [string, string, number] => [k, t(kindKeys(k).name), counts.kind[k]]),
  ]);
  fillSelect(confidenceSelect, [
    ['all', t('filterAll'), listed],
    ...CONFIDENCES.map((c): [string, string, number] => [c, t(CONFIDENCE_SHORT[c]), counts.confidence[c]]),
  ]);
  renderLegend();
  byId('new-field').hidden = counts.new === 0;
  byId('new-label').textContent = t('filterNew', { count: counts.new });
  listContext = {
    lang,
    t,
    level: 3,
    warningLevel: effectiveWarningLevel(policy, settings.warningLevel),
    alwaysPage: new Set(settings.alwaysWarnHosts),
    newDomains,
  };
  const date = formatDate(bundled.date, lang);
  replaceChildren(
    listInfo,
    h('p', {}, t('listInfo', { date, operations: operationCount, domains: domainCount })),
    bundled.changes && h('p', {}, t('newSince', { count: bundled.changes.added.length, since: bundled.changes.since })),
    isListStale(bundled.date, todayIso()) && h('p', { class: 'old', role: 'note' }, t('listOld', { date })),
  );
  update();
  visits.render(lang, t);
  // Nothing is checked on this page (unless the reader asks, below): the footer says where everything happens.
  renderFooter(byId('page-footer'), t, { extra: [h('p', {}, t('catalogueFooterNote'))] });
}

const visits = createVisitsPanel((id) => operations.find((o) => o.id === id));

async function main(): Promise<void> {
  if (refuseWhenFramed()) return;
  // A link can open the catalogue on a search (?q=leakbase.la) or on what is new in this list (?new=1).
  const params = new URLSearchParams(location.search);
  queryInput.value = params.get('q') ?? EMPTY_QUERY.text;
  newOnly.checked = params.get('new') === '1';
  for (const control of [queryInput, kindSelect, confidenceSelect, newOnly, flatView])
    control.addEventListener('input', update);
  byId<HTMLFormElement>('search').addEventListener('submit', (event) => event.preventDefault());
  bindLanguageSelect(languageSelect, render);
  operations = await loadAllOperations();
  await render();
}

void main();
