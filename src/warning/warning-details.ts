// The warning page below its first screen: what to do first, everything the list knows, the footer, and the
// toolbar mark. Loaded while the stop section is already on screen, so the heading never waits for this code.
import type { DomainEntry, Operation } from '../core/dataset-types.ts';
import { listingKind } from '../core/listing-kind.ts';
import { shortenForDisplay, type WarningTarget } from '../core/warning-target.ts';
import { kindKeys, type Translate } from '../i18n/translate.ts';
import browser from '../platform/browser.ts';
import { showListing } from '../platform/toolbar.ts';
import { h } from '../ui/dom.ts';
import { operationCard, type CardContext } from '../ui/operation-card.ts';
import { renderFooter } from '../ui/page-footer.ts';
import { whatToDoFirst } from '../ui/what-to-do.ts';

type Listed = Extract<WarningTarget, { ok: true }>;

/** @param showAddress the full address the page was handed is shown only for a visit the browser redirected */
export function detailsView(
  target: Listed,
  listing: { op: Operation; entry: DomainEntry },
  ctx: CardContext,
  showAddress: boolean,
): Node[] {
  const { t } = ctx;
  return [
    whatToDoFirst(listing.op, listingKind(target.match), ctx),
    h(
      'details',
      { class: 'read-everything', id: 'read-everything' },
      h('summary', {}, t('readEverything')),
      showAddress && h('p', { class: 'target-url' }, t('warningAddress'), ': ', shortenForDisplay(target.url, 300)),
      ...operationCard(listing.op, listing.entry, ctx),
    ),
  ];
}

export function warningFooter(footer: HTMLElement, t: Translate, domain: string | undefined): void {
  renderFooter(footer, t, {
    domain,
    extra: [
      h(
        'p',
        { class: 'links' },
        h('a', { id: 'link-catalogue', href: browser.runtime.getURL('src/catalogue/index.html') }, t('linkCatalogue')),
        ' · ',
        h('a', { id: 'link-settings', href: browser.runtime.getURL('src/options/index.html') }, t('linkSettings')),
      ),
    ],
  });
}

/** Marks this tab's toolbar button like any listed page (the background is not needed for that). */
export async function markTab(target: Listed, t: Translate, platform: string, redirected: boolean): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const kind = listingKind(target.match);
  await showListing(
    tab.id,
    kind,
    t(kindKeys(kind).title, { host: redirected ? target.host : target.match.domain, platform }),
  );
}
