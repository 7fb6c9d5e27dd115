// The catalogue's result list: one <details> per operation (keyboard and screen-reader friendly without
// any script of ours), whose full card is built the first time it is opened.
import type { CatalogueHit } from '../core/catalogue-search.ts';
import { currentStatus } from '../core/domain-status.ts';
import type { Confidence, Operation } from '../core/dataset-types.ts';
import { formatDate, formatDateRange } from '../core/format.ts';
import { statusKey, type Translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/en.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { advice, domainEvidence, policeWords, sources, whatHappened, type CardContext } from '../ui/operation-card.ts';

/** Short confidence names for filters and tables; the card itself explains each level in full. */
export const CONFIDENCE_SHORT: Record<Confidence, MessageKey> = {
  high: 'confidenceShortHigh',
  medium: 'confidenceShortMedium',
  low: 'confidenceShortLow',
};

function domainTable(op: Operation, ctx: CardContext) {
  const { lang, t } = ctx;
  return h('table', { class: 'domains' },
    h('caption', {}, t('domainsTable', { platform: op.platform[lang] })),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('columnDomain')),
      h('th', { scope: 'col' }, t('fieldStatus')),
      h('th', { scope: 'col' }, t('fieldConfidence')),
      h('th', { scope: 'col' }, t('fieldLastChecked')),
    )),
    h('tbody', {}, op.domains.map((d) => h('tr', {},
      h('th', { scope: 'row', class: 'domain' }, d.domain),
      h('td', {}, h('span', { class: `status status-${currentStatus(d)}` }, t(statusKey(currentStatus(d))))),
      h('td', {}, h('span', { class: `confidence confidence-${d.confidence}` }, t(CONFIDENCE_SHORT[d.confidence]))),
      h('td', {}, formatDate(d.lastChecked, lang)),
    ))),
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

/** The full card: domains at a glance, then the same sections as the popup, with evidence for every domain. */
function fullCard(op: Operation, ctx: CardContext): Node[] {
  return [
    domainTable(op, ctx),
    whatHappened(op, ctx),
    policeWords(op, ctx),
    advice(op, ctx),
    ...op.domains.map((d) => domainEvidence(d, ctx)),
    sources(op, ctx),
  ].filter((n): n is HTMLElement => n !== null).map((n) => labelWithPlatform(n, op.platform[ctx.lang]));
}

function operationItem(hit: CatalogueHit, ctx: CardContext, openIds: Set<string>): HTMLElement {
  const { lang, t } = ctx;
  const op = hit.operation;
  const meta = [op.operationName, formatDateRange(op.dates.from, op.dates.to, lang), op.kind[lang]].filter(Boolean).join(' · ');
  const body = h('div', { class: 'card' });
  const details = h('details', { class: 'operation', id: `op-${op.id}`, open: openIds.has(op.id) },
    // Headings are allowed in <summary>; the h2 keeps the page's outline navigable by heading.
    h('summary', {},
      h('h2', {}, op.platform[lang]),
      h('span', { class: 'meta' }, meta),
      h('span', { class: 'summary-domains' }, t('summaryDomains', { domains: hit.domains.map((d) => d.domain).join(', ') })),
    ),
    body,
  );
  const fill = () => {
    if (!body.hasChildNodes()) replaceChildren(body, fullCard(op, ctx));
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
export function renderResults(list: HTMLElement, hits: readonly CatalogueHit[], lang: CardContext['lang'], t: Translate, openIds: Set<string>): void {
  const ctx: CardContext = { lang, t, level: 3 };
  replaceChildren(list, hits.map((hit) => operationItem(hit, ctx, openIds)));
}
