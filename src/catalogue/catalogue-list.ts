// The catalogue's results: one <details> per operation (keyboard and screen-reader friendly without any script
// of ours), whose full card is built the first time it is opened. Also the parts the table of every domain
// (flat-table.ts) shares with the cards' tables: a row's data and cells, and the kinds' short names.
import type { CatalogueHit } from '../core/catalogue-search.ts';
import { currentStatus } from '../core/domain-status.ts';
import type { Confidence, DomainEntry, Language, Operation } from '../core/dataset-types.ts';
import type { DomainRow } from '../core/domain-table.ts';
import { formatDateRange, formatShortDate } from '../core/format.ts';
import { KIND_LOOK, listingKind, type ListingKind } from '../core/listing-kind.ts';
import { presentation, type Presentation, type WarningLevel } from '../core/warning-level.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/translate.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { advice, domainEvidence, policeWords, sources, whatHappened, type CardContext } from '../ui/operation-card.ts';

/** Short confidence names for filters and tables; the card itself explains each level in full. */
export const CONFIDENCE_SHORT: Record<Confidence, MessageKey> = {
  high: 'confidenceShortHigh',
  medium: 'confidenceShortMedium',
  low: 'confidenceShortLow',
};

/** Short names of the kinds for the tables, next to the kind's mark; the legend gives each mark's full name. */
export const KIND_SHORT: Record<ListingKind, MessageKey> = {
  takedown: 'kindShortTakedown',
  reported: 'kindShortReported',
  relaunch: 'kindShortRelaunch',
  former: 'kindShortFormer',
  released: 'kindShortReleased',
};

/** The kinds as a phrase in lower case, for inside a sentence ("…, an address of LeakBase (taken down by police; …)"). */
export const KIND_PHRASE: Record<ListingKind, MessageKey> = {
  takedown: 'kindPhraseTakedown',
  reported: 'kindPhraseReported',
  relaunch: 'kindPhraseRelaunch',
  former: 'kindPhraseFormer',
  released: 'kindPhraseReleased',
};

const PRESENTATION: Record<Presentation, MessageKey> = {
  page: 'shownPage',
  notice: 'shownNotice',
  badge: 'shownBadge',
};

/** What the list needs to say how each domain is shown at the level in force. */
export interface ListContext extends CardContext {
  level: 2 | 3;
  warningLevel: WarningLevel;
  alwaysPage: ReadonlySet<string>;
  newDomains: ReadonlySet<string>;
}

/** A domain as one row of a table: what each column shows, in the reader's language. */
export function rowData(d: DomainEntry, op: Operation, ctx: ListContext): DomainRow {
  const entry = { status: currentStatus(d), confidence: d.confidence };
  return {
    domain: d.domain,
    platform: op.platform[ctx.lang],
    kind: listingKind(entry),
    confidence: d.confidence,
    shown: presentation(entry, ctx.warningLevel, ctx.alwaysPage.has(d.domain)),
    lastChecked: d.lastChecked,
  };
}

/** The kind's mark (never colour alone) and its short name. */
export function kindLabel(kind: ListingKind, t: Translate, name: MessageKey = KIND_SHORT[kind]) {
  return h(
    'span',
    { class: `kind-label kind-${kind}` },
    h('span', { class: 'kind-mark', 'aria-hidden': 'true' }, KIND_LOOK[kind].mark),
    ' ',
    t(name),
  );
}

/** One table row; with `withPlatform`, the platform's column too (the table of every domain). */
export function domainRow(row: DomainRow, ctx: ListContext, withPlatform: boolean): HTMLTableRowElement {
  const { lang, t } = ctx;
  return h(
    'tr',
    {},
    h(
      'th',
      { scope: 'row', class: 'domain' },
      h('span', { class: 'domain-name' }, row.domain),
      ctx.newDomains.has(row.domain) && h('span', { class: 'new' }, ` ${t('newLabel')}`),
    ),
    withPlatform && h('td', { class: 'col-platform' }, row.platform),
    h('td', { class: 'col-kind' }, kindLabel(row.kind, t)),
    h('td', { class: 'col-confidence' }, t(CONFIDENCE_SHORT[row.confidence])),
    h('td', { class: 'col-shown' }, t(PRESENTATION[row.shown])),
    h('td', { class: 'col-lastChecked' }, formatShortDate(row.lastChecked, lang)),
  );
}

function tableHead(t: Translate) {
  return h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, t('columnDomain')),
      h('th', { scope: 'col' }, t('columnKind')),
      h('th', { scope: 'col' }, t('fieldConfidence')),
      h('th', { scope: 'col' }, t('columnShown')),
      h('th', { scope: 'col' }, t('fieldLastChecked')),
    ),
  );
}

function domainTable(op: Operation, domains: readonly DomainEntry[], ctx: ListContext) {
  const { lang, t } = ctx;
  if (op.domains.length === 0) return h('p', { class: 'no-domain' }, t('noDomainListed'));
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'domains' },
      h('caption', {}, t('domainsTable', { platform: op.platform[lang] })),
      tableHead(t),
      h(
        'tbody',
        {},
        domains.map((d) => domainRow(rowData(d, op, ctx), ctx, false)),
      ),
    ),
  );
}

/**
 * Names each card section after its platform too ("What happened – LeakBase"): with several cards open,
 * screen readers then list distinct regions instead of many called "What happened".
 */
export function labelWithPlatform<T extends Element | null>(section: T, platform: string): T {
  const label = section?.getAttribute('aria-label');
  if (section && label && !label.includes(platform)) section.setAttribute('aria-label', `${label} – ${platform}`);
  return section;
}

/** The full card: the domains shown, then the same sections as the popup, with evidence for each domain shown. */
function fullCard(hit: CatalogueHit, ctx: ListContext): Node[] {
  const op = hit.operation;
  return [
    domainTable(op, hit.domains, ctx),
    whatHappened(op, ctx),
    policeWords(op, ctx),
    advice(op, ctx),
    ...hit.domains.map((d) => domainEvidence(d, ctx)),
    sources(op, ctx),
  ]
    .filter((n): n is HTMLElement => n !== null)
    .map((n) => labelWithPlatform(n, op.platform[ctx.lang]));
}

function operationItem(hit: CatalogueHit, ctx: ListContext, openIds: Set<string>): HTMLElement {
  const { lang, t } = ctx;
  const op = hit.operation;
  const meta = [op.operationName, formatDateRange(op.dates.from, op.dates.to, lang), op.kind[lang]]
    .filter(Boolean)
    .join(' · ');
  const body = h('div', { class: 'card' });
  const names = hit.domains.map((d) => d.domain);
  const details = h(
    'details',
    { class: 'operation', id: `op-${op.id}`, open: openIds.has(op.id) },
    // Headings are allowed in <summary>; the h2 keeps the page's outline navigable by heading.
    h(
      'summary',
      {},
      h('h2', {}, op.platform[lang]),
      h('span', { class: 'meta' }, meta),
      h(
        'span',
        { class: 'summary-domains' },
        names.length > 0
          ? [t('summaryDomains'), ' ', names.map((n, i) => [i > 0 && ', ', h('span', { class: 'domain-name' }, n)])]
          : t('noDomainShort'),
      ),
    ),
    body,
  );
  const fill = () => {
    if (!body.hasChildNodes()) replaceChildren(body, fullCard(hit, ctx));
  };
  if (details.open) fill();
  details.addEventListener('toggle', () => {
    if (details.open) {
      openIds.add(op.id);
      fill();
    } else {
      openIds.delete(op.id);
    }
  });
  return h('li', {}, details);
}

/** Replaces the list with these hits; operations the user opened stay open across searches and languages. */
export function renderOperations(
  list: HTMLElement,
  hits: readonly CatalogueHit[],
  ctx: ListContext,
  openIds: Set<string>,
): void {
  replaceChildren(
    list,
    hits.map((hit) => operationItem(hit, ctx, openIds)),
  );
}

export type { Language };
