// The operation card shown in the popup, the warning page and the catalogue: what happened,
// the police's words, advice, the evidence for one domain, and the sources.
import type {
  DomainEntry,
  Language,
  Operation,
  PoliceMessage,
  SourceKind,
  Verification,
} from '../core/dataset-types.ts';
import { currentStep } from '../core/domain-status.ts';
import { countryName, formatDate, formatDateRange, languageName } from '../core/format.ts';
import type { MessageKey } from '../i18n/en.ts';
import { confidenceKey, statusKey, type Translate } from '../i18n/translate.ts';
import { externalLink, h, type Child } from './dom.ts';

export interface CardContext {
  lang: Language;
  t: Translate;
  /** Heading level of the card's sections (2 in the popup). */
  level: 2 | 3;
}

function heading(ctx: CardContext, text: string) {
  return h(ctx.level === 2 ? 'h2' : 'h3', {}, text);
}

function field(label: string, ...value: (Node | string)[]) {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

/** A card section: a region named like its heading. */
function section(ctx: CardContext, label: string, className: string, ...children: Child[]): HTMLElement {
  return h('section', { class: className, 'aria-label': label }, heading(ctx, label), ...children);
}

const KIND_KEYS: Record<SourceKind, MessageKey> = {
  official: 'sourceOfficial',
  report: 'sourceReport',
  community: 'sourceCommunity',
  lookup: 'sourceLookup',
};

/** Who published a source, in the reader's language (publisher-nl where the publisher says more than a name). */
function publisherName(source: { publisher: string; publisherNl?: string }, lang: CardContext['lang']): string {
  return lang === 'nl' && source.publisherNl ? source.publisherNl : source.publisher;
}

/** What kind of source it is and whether we read it: "official; read by us on 30 November 2026". */
function sourceNote(source: { kind: SourceKind; verification: Verification }, ctx: CardContext): string {
  const { t, lang } = ctx;
  const v = source.verification;
  const how =
    'citedBy' in v
      ? t('sourceCitedBy', { publisher: publisherName(v.citedBy, lang) })
      : v.read
        ? t('sourceRead', { date: formatDate(v.read, lang) })
        : '';
  return [t(KIND_KEYS[source.kind]), how].filter(Boolean).join('; ');
}

/** A link to where a quote or a piece of evidence was published: "Publisher, date". */
function sourceLink(
  source: { url: string; publisher: string; publisherNl?: string; date: string },
  ctx: CardContext,
): HTMLElement {
  return externalLink(
    source.url,
    ctx.t('quoteSource', { publisher: publisherName(source, ctx.lang), date: formatDate(source.date, ctx.lang) }),
    ctx.t('openLinkNote'),
  );
}

export function whatHappened(op: Operation, ctx: CardContext): HTMLElement {
  const { lang, t } = ctx;
  return section(
    ctx,
    t('sectionWhatHappened'),
    'card-section',
    h('p', {}, op.summary[lang]),
    h(
      'dl',
      { class: 'facts' },
      op.operationName && field(t('fieldOperation'), op.operationName),
      field(t('fieldDate'), formatDateRange(op.dates.from, op.dates.to, lang)),
      field(
        t('fieldAgencies'),
        h(
          'ul',
          {},
          op.agencies.map((a) => h('li', {}, a[lang])),
        ),
      ),
      op.countries.length > 0 && field(t('fieldCountries'), op.countries.map((c) => countryName(c, lang)).join(', ')),
    ),
    // Label and value, never run together into a sentence; a number whose sources differ says whose it is, on a
    // line of its own under the value. One group per number (a <div> in the <dl>), laid out as cards by base.css.
    op.numbers.length > 0 && [
      heading(ctx, t('sectionNumbers')),
      h(
        'dl',
        { class: 'numbers' },
        op.numbers.map((n) =>
          h(
            'div',
            {},
            h('dt', {}, n.label[lang]),
            h(
              'dd',
              {},
              h('span', { class: 'number-value' }, n.value[lang]),
              n.by && h('span', { class: 'source-meta number-source' }, sourceLink(n.by, ctx)),
            ),
          ),
        ),
      ),
    ],
    op.seized.length > 0 && [
      heading(ctx, t('sectionSeized')),
      h(
        'ul',
        {},
        op.seized.map((s) => h('li', {}, s[lang])),
      ),
    ],
  );
}

function policeMessage(message: PoliceMessage, ctx: CardContext): HTMLElement {
  const { lang, t } = ctx;
  const translation = message.lang === lang ? undefined : message.translations[lang];
  return h(
    'figure',
    { class: 'police-message' },
    h(
      'p',
      { class: 'quote-mark' },
      message.verbatim
        ? t('policeQuoteMark', { language: languageName(message.lang, lang) })
        : t('policeQuotedBy', {
            publisher: publisherName(message.source, lang),
            language: languageName(message.lang, lang),
          }),
    ),
    h(
      'blockquote',
      { lang: message.lang, cite: message.source.url },
      // A quote that begins mid-sentence is shown as one: an ellipsis before it, the words themselves unchanged.
      h('p', {}, /^\p{Ll}/u.test(message.text) && h('span', { class: 'elision' }, '… '), message.text),
    ),
    translation &&
      h(
        'div',
        { class: 'translation' },
        h('p', { class: 'quote-mark' }, t('translationMark', { language: languageName(lang, lang) })),
        h('p', { lang }, translation),
      ),
    h('figcaption', {}, h('span', {}, message.kind[lang], '. '), sourceLink(message.source, ctx)),
  );
}

export function policeWords(op: Operation, ctx: CardContext): HTMLElement | null {
  if (op.policeMessages.length === 0) return null;
  return section(
    ctx,
    ctx.t('sectionPolice'),
    'card-section',
    op.policeMessages.map((m) => policeMessage(m, ctx)),
  );
}

export function advice(op: Operation, ctx: CardContext): HTMLElement | null {
  const { lang, t } = ctx;
  if (op.advice.length === 0) return null;
  return section(
    ctx,
    t('sectionAdvice'),
    'card-section',
    op.advice.map((group) => [
      h('p', { class: 'audience' }, group.audience[lang]),
      h(
        'ul',
        { class: 'advice' },
        group.items.map((item) =>
          h(
            'li',
            {},
            item.text[lang],
            item.link && [' ', externalLink(item.link.url, item.link.label[lang], t('openLinkNote'))],
          ),
        ),
      ),
    ]),
  );
}

export function domainEvidence(entry: DomainEntry, ctx: CardContext): HTMLElement {
  const { lang, t } = ctx;
  const current = currentStep(entry);
  return section(
    ctx,
    t('sectionEvidence', { domain: entry.domain }),
    'card-section evidence',
    h(
      'dl',
      { class: 'facts' },
      field(t('fieldStatus'), h('span', { class: `status status-${current.status}` }, t(statusKey(current.status)))),
      field(
        t('fieldConfidence'),
        h('span', { class: `confidence confidence-${entry.confidence}` }, t(confidenceKey(entry.confidence))),
      ),
      field(t('fieldLastChecked'), formatDate(entry.lastChecked, lang)),
    ),
    h(
      'p',
      {},
      current.evidence.map((e, i) => [i > 0 && ' · ', sourceLink(e, ctx)]),
    ),
    h(
      'details',
      { class: 'history' },
      h('summary', {}, t('historyHeading')),
      h(
        'ol',
        {},
        [...entry.history].reverse().map((step) =>
          h(
            'li',
            {},
            h('p', {}, h('strong', {}, formatDate(step.date, lang)), ': ', t(statusKey(step.status))),
            step.note && h('p', {}, step.note[lang]),
            h(
              'ul',
              { class: 'evidence-list' },
              step.evidence.map((e) =>
                h(
                  'li',
                  {},
                  h('p', { class: 'quote-mark' }, t('evidenceQuote', { language: languageName(e.lang, lang) })),
                  h('blockquote', { lang: e.lang, cite: e.url }, h('p', {}, e.quote)),
                  sourceLink(e, ctx),
                  h('span', { class: 'source-meta' }, ` (${sourceNote(e, ctx)})`),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function sources(op: Operation, ctx: CardContext): HTMLElement {
  const { lang, t } = ctx;
  return section(
    ctx,
    t('sectionSources'),
    'card-section',
    h(
      'ul',
      { class: 'sources' },
      op.sources.map((s) =>
        h(
          'li',
          {},
          externalLink(s.url, s.title, t('openLinkNote')),
          h(
            'span',
            { class: 'source-meta' },
            ` ${publisherName(s, lang)}, ${formatDate(s.date, lang)} (${sourceNote(s, ctx)})`,
          ),
        ),
      ),
    ),
  );
}

/** The whole card for one listed domain, in reading order: what happened, the police's words, advice, evidence, sources. */
export function operationCard(op: Operation, entry: DomainEntry, ctx: CardContext): HTMLElement[] {
  return [
    whatHappened(op, ctx),
    policeWords(op, ctx),
    advice(op, ctx),
    domainEvidence(entry, ctx),
    sources(op, ctx),
  ].filter((section): section is HTMLElement => section !== null);
}
