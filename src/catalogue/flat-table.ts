// The flat view: every domain shown in one table. Each column header is a button that sorts by that column
// (aria-sort on the header says how it is sorted); "Copy domains" puts the domains of the rows shown, in the order
// shown, on the clipboard, which the click allows and which stays on this device.
import type { CatalogueHit } from '../core/catalogue-search.ts';
import {
  DEFAULT_SORT,
  domainsText,
  nextOrder,
  SORT_COLUMNS,
  sortRows,
  type DomainRow,
  type SortColumn,
  type SortOrder,
} from '../core/domain-table.ts';
import { LOCALES } from '../core/format.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/translate.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { onUserClick } from '../ui/frame-guard.ts';
import { domainRow, rowData, type ListContext } from './catalogue-list.ts';

const HEADERS: Record<SortColumn, MessageKey> = {
  domain: 'columnDomain',
  platform: 'columnPlatform',
  kind: 'columnKind',
  confidence: 'fieldConfidence',
  shown: 'columnShown',
  lastChecked: 'fieldLastChecked',
};

const MARK = { ascending: '▲', descending: '▼' } as const;

/** The reader's order, kept across searches, filters and languages while the page is open. */
let order: SortOrder = DEFAULT_SORT;

interface ShownRow {
  data: DomainRow;
  element: HTMLTableRowElement;
}

function headerCell(column: SortColumn, t: Translate, sort: (column: SortColumn) => void): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'sort', 'data-column': column },
    t(HEADERS[column]),
    h('span', { class: 'sort-mark', 'aria-hidden': 'true' }),
  );
  onUserClick(button, () => sort(column));
  return h('th', { scope: 'col', class: `col-${column}` }, button);
}

/** Puts the rows in the current order (moving the same row elements, so focus stays on the header pressed). */
function applyOrder(table: HTMLTableElement, rows: ShownRow[], collate: (a: string, b: string) => number): ShownRow[] {
  const byRow = new Map(rows.map((r) => [r.data, r.element]));
  const sorted = sortRows(
    rows.map((r) => r.data),
    order,
    collate,
  ).map((data) => ({ data, element: byRow.get(data)! }));
  table.tBodies[0]!.append(...sorted.map((r) => r.element));
  for (const th of table.tHead!.querySelectorAll<HTMLElement>('th')) {
    const current = th.classList.contains(`col-${order.column}`);
    if (current) th.setAttribute('aria-sort', order.direction);
    else th.removeAttribute('aria-sort');
    th.querySelector('.sort-mark')!.textContent = current ? ` ${MARK[order.direction]}` : '';
  }
  return sorted;
}

/** "Copy domains" and the line that says what it copied (a live region, so it is announced too). */
function copyTools(t: Translate, shown: () => ShownRow[]): HTMLElement {
  const status = h('span', { class: 'copy-status', id: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: 'copy-domains', class: 'copy' }, t('copyDomains'));
  onUserClick(button, () => {
    const { text, count } = domainsText(shown().map((r) => r.data));
    navigator.clipboard.writeText(text).then(
      () => replaceChildren(status, t('copiedDomains', { count })),
      () => replaceChildren(status, h('span', { class: 'problem' }, t('copyFailed'))),
    );
  });
  return h('div', { class: 'table-tools' }, button, ' ', status);
}

/** Every domain shown, in one table, in the reader's order. */
export function renderFlat(list: HTMLElement, hits: readonly CatalogueHit[], ctx: ListContext): void {
  const { t, lang } = ctx;
  const collate = new Intl.Collator(LOCALES[lang], { numeric: true }).compare;
  let rows: ShownRow[] = hits.flatMap((hit) =>
    hit.domains.map((d) => {
      const data = rowData(d, hit.operation, ctx);
      return { data, element: domainRow(data, ctx, true) };
    }),
  );
  if (rows.length === 0) {
    replaceChildren(list);
    return;
  }
  const sort = (column: SortColumn) => {
    order = nextOrder(order, column);
    rows = applyOrder(table, rows, collate);
  };
  const table = h(
    'table',
    { class: 'domains flat', id: 'flat-table' },
    h('caption', {}, t('flatCaption', { count: rows.length })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        SORT_COLUMNS.map((column) => headerCell(column, t, sort)),
      ),
    ),
    h('tbody', {}),
  );
  rows = applyOrder(table, rows, collate);
  replaceChildren(
    list,
    h(
      'li',
      { class: 'flat' },
      copyTools(t, () => rows),
      h('div', { class: 'table-wrap' }, table),
    ),
  );
}
