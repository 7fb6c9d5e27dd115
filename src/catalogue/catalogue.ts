// Catalogue entry: every operation and domain on the list, searchable and filterable, each opening its
// full card; and the opt-in "Have I been there?" history check. Works offline: the list is bundled.
import { EMPTY_QUERY, searchCatalogue, type CatalogueQuery } from '../core/catalogue-search.ts';
import { CONFIDENCES, STATUSES, type Language } from '../core/dataset-types.ts';
import { formatDate } from '../core/format.ts';
import { isListStale, todayIso } from '../core/list-age.ts';
import { statusKey, translator, type Translate } from '../i18n/translate.ts';
import { dataset, domainCount } from '../platform/bundled-dataset.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { localizePage } from '../ui/localize.ts';
import { CONFIDENCE_SHORT, renderResults } from './catalogue-list.ts';
import { createVisitsPanel } from './visits-panel.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const languageSelect = byId<HTMLSelectElement>('language');
const queryInput = byId<HTMLInputElement>('query');
const statusSelect = byId<HTMLSelectElement>('status');
const confidenceSelect = byId<HTMLSelectElement>('confidence');
const count = byId<HTMLElement>('count');
const results = byId<HTMLUListElement>('results');
const listInfo = byId<HTMLElement>('list-info');

const openIds = new Set<string>();
const visits = createVisitsPanel();
let lang: Language = 'en';
let t: Translate = translator(lang);

/** Rebuilds a filter's options in the current language, keeping the chosen value. */
function fillSelect(select: HTMLSelectElement, options: [string, string][]): void {
  const chosen = select.value || 'all';
  replaceChildren(select, options.map(([value, label]) => h('option', { value }, label)));
  select.value = chosen;
}

function readQuery(): CatalogueQuery {
  return {
    text: queryInput.value,
    status: statusSelect.value as CatalogueQuery['status'],
    confidence: confidenceSelect.value as CatalogueQuery['confidence'],
  };
}

function update(): void {
  const hits = searchCatalogue(dataset.operations, readQuery(), lang);
  renderResults(results, hits, lang, t, openIds);
  const total = dataset.operations.length;
  count.textContent = hits.length === 0 ? t('resultNone') : t('resultCount', { shown: hits.length, total });
}

async function render(): Promise<void> {
  const page = await loadPageLanguage();
  ({ lang, t } = page);
  const { settings } = page;
  localizePage(document, t, lang);
  document.title = `${t('catalogueTitle')} – ${t('extName')}`;
  languageSelect.value = settings.language;
  fillSelect(statusSelect, [['all', t('filterAll')], ...STATUSES.map((s): [string, string] => [s, t(statusKey(s))])]);
  fillSelect(confidenceSelect, [['all', t('filterAll')], ...CONFIDENCES.map((c): [string, string] => [c, t(CONFIDENCE_SHORT[c])])]);

  const date = formatDate(dataset.date, lang);
  replaceChildren(listInfo,
    h('p', {}, t('listInfo', { date, operations: dataset.operations.length, domains: domainCount })),
    isListStale(dataset.date, todayIso()) && h('p', { class: 'old', role: 'note' }, t('listOld', { date })),
  );
  update();
  visits.render(lang, t);
}

// A link can open the catalogue on a search, e.g. index.html?q=leakbase.la.
queryInput.value = new URLSearchParams(location.search).get('q') ?? EMPTY_QUERY.text;
for (const control of [queryInput, statusSelect, confidenceSelect]) control.addEventListener('input', update);
byId<HTMLFormElement>('search').addEventListener('submit', (event) => event.preventDefault());
bindLanguageSelect(languageSelect, render);
void render();
