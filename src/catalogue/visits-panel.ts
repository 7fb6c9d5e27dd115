// "Have I been there?": asks for the optional history permission on click, searches the browser's own
// history on this device, and shows the hits with the advice for each operation. Results live in this
// module's memory only; nothing is written to storage, and the permission can be given back here.
import { groupVisits, matchVisits, type HistoryHit } from '../core/history-check.ts';
import type { Language, Operation } from '../core/dataset-types.ts';
import { formatDate } from '../core/format.ts';
import { listingKind } from '../core/listing-kind.ts';
import { kindKeys, type Translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/en.ts';
import { bundled, matcher } from '../platform/bundled-index.ts';
import {
  hasHistoryPermission,
  removeHistoryPermission,
  requestHistoryPermission,
  searchVisits,
  withFirstVisits,
} from '../platform/history-access.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { onUserClick } from '../ui/frame-guard.ts';
import { advice } from '../ui/operation-card.ts';
import { labelWithPlatform } from './catalogue-list.ts';

type Phase = 'idle' | 'waiting' | 'denied' | 'searching' | 'done' | 'failed';

const PHASE_TEXT: Partial<Record<Phase, MessageKey>> = {
  waiting: 'visitsWaiting',
  denied: 'visitsDenied',
  searching: 'visitsSearching',
};

export interface VisitsPanel {
  render(lang: Language, t: Translate): void;
}

/** The user's own calendar day of a history timestamp, as an ISO date for formatDate. */
function localDay(ms: number | undefined, lang: Language): string {
  if (ms === undefined) return '–';
  const d = new Date(ms);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return formatDate(iso, lang);
}

function hitView(
  hit: HistoryHit,
  lang: Language,
  t: Translate,
  operationById: (id: string) => Operation | undefined,
): HTMLElement {
  const op = operationById(hit.operation);
  return h(
    'article',
    { class: 'hit' },
    h('h3', {}, t('visitsHit', { domain: hit.domain, platform: op?.platform[lang] ?? hit.operation })),
    h('p', {}, h('strong', {}, t('columnKind'), ': '), t(kindKeys(listingKind(hit)).name)),
    h(
      'p',
      {},
      t('visitsDates', {
        first: localDay(hit.firstVisit, lang),
        last: localDay(hit.lastVisit, lang),
        visits: hit.visits,
      }),
    ),
    h('p', {}, t('visitsHosts', { hosts: hit.hosts.join(', ') })),
    op && labelWithPlatform(advice(op, { lang, t, level: 3 }), op.platform[lang]),
  );
}

export function createVisitsPanel(operationById: (id: string) => Operation | undefined): VisitsPanel {
  const button = document.getElementById('visits-check') as HTMLButtonElement;
  const status = document.getElementById('visits-status') as HTMLElement;
  const results = document.getElementById('visits-results') as HTMLElement;
  let phase: Phase = 'idle';
  let hits: HistoryHit[] | null = null;
  let failure = '';
  let held = false;
  let gaveBack = false;
  let current: { lang: Language; t: Translate } | null = null;

  const set = (next: Phase) => {
    phase = next;
    if (current) render(current.lang, current.t);
  };

  function render(lang: Language, t: Translate): void {
    current = { lang, t };
    button.disabled = phase === 'waiting' || phase === 'searching';
    const key = PHASE_TEXT[phase];
    replaceChildren(
      status,
      key && h('p', {}, t(key)),
      phase === 'failed' && h('p', { class: 'problem' }, t('visitsFailed', { reason: failure })),
      phase === 'done' &&
        hits &&
        h('p', { class: 'found' }, hits.length === 0 ? t('visitsNone') : t('visitsFound', { count: hits.length })),
      gaveBack && !held && h('p', {}, t('visitsGivenBack')),
    );
    replaceChildren(
      results,
      hits && hits.map((hit) => hitView(hit, lang, t, operationById)),
      hits && h('p', { class: 'not-kept' }, t('visitsNotKept')),
      held &&
        h(
          'div',
          { class: 'held' },
          h('p', {}, t('visitsPermissionHeld')),
          h('button', { type: 'button', id: 'visits-give-back' }, t('visitsGiveBack')),
        ),
    );
    const giveBack = document.getElementById('visits-give-back');
    if (giveBack)
      onUserClick(giveBack, () => {
        void removeHistoryPermission().then(async () => {
          held = await hasHistoryPermission();
          gaveBack = !held;
          set(phase);
        });
      });
  }

  onUserClick(button, () => {
    // Asked synchronously, inside the click: browsers only ask for a permission during a user gesture.
    const asked = requestHistoryPermission();
    hits = null;
    gaveBack = false;
    set('waiting');
    void asked
      .then(async (granted) => {
        held = granted;
        if (!granted) return set('denied');
        set('searching');
        const items = await searchVisits(Object.keys(bundled.domains));
        hits = groupVisits(matcher, await withFirstVisits(matchVisits(matcher, items)));
        set('done');
      })
      .catch((error: unknown) => {
        failure = error instanceof Error ? error.message : String(error);
        set('failed');
      });
  });

  // A permission kept from an earlier check is shown at once, so it can be given back.
  void hasHistoryPermission().then((granted) => {
    held = granted;
    if (current) render(current.lang, current.t);
  });

  return { render };
}
