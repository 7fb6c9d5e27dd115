// Looks UI strings up in the chosen language. Pure: the language comes from settings, not from the browser,
// because browser.i18n cannot follow a choice made inside the extension.
import type { ListingKind } from '../core/listing-kind.ts';
import type { Confidence, DomainStatus, Language, Localized } from '../core/dataset-types.ts';
import { formatNumber, LOCALES } from '../core/format.ts';
import { en, type MessageKey } from './en.ts';
import { nl } from './nl.ts';

const catalogues: Record<Language, Record<MessageKey, string>> = { en, nl };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

// Counts go through the language's plural rules (Intl.PluralRules): "{count, plural, one {# domain} other {# domains}}"
// picks a form by category ("=0 {…}" matches one number exactly; "#" is the number), and "{count, number}" writes a
// number alone, both formatted for the language. A subset of ICU MessageFormat: one level of forms, whose text may
// hold plain {placeholders}; enough for our strings without a message-format library in every page.
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other) \{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other) \{((?:[^{}]|\{\w+\})*)\}/g;
const NUMBER = /\{(\w+), number\}/g;
const PLAIN = /\{(\w+)\}/g;

function pluralForm(forms: string, n: number, rules: Intl.PluralRules): string {
  const byName = new Map([...forms.matchAll(FORM)].map(([, name, text]) => [name!, text!]));
  return byName.get(`=${n}`) ?? byName.get(rules.select(n)) ?? byName.get('other') ?? '';
}

export function translator(lang: Language): Translate {
  const catalogue = catalogues[lang];
  const rules = new Intl.PluralRules(LOCALES[lang]);
  return (key, values = {}) => {
    const count = (name: string) => Number(values[name]);
    return catalogue[key]
      .replace(PLURAL, (whole, name: string, forms: string) =>
        name in values ? pluralForm(forms, count(name), rules).replaceAll('#', formatNumber(count(name), lang)) : whole,
      )
      .replace(NUMBER, (whole, name: string) => (name in values ? formatNumber(count(name), lang) : whole))
      .replace(PLAIN, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

export function pick(text: Localized, lang: Language): string {
  return text[lang];
}

const STATUS_KEYS: Record<DomainStatus, MessageKey> = {
  used: 'statusUsed',
  seized: 'statusSeized',
  offline: 'statusOffline',
  lapsed: 'statusLapsed',
  're-registered': 'statusReRegistered',
  'suspected-relaunch': 'statusSuspectedRelaunch',
};

const CONFIDENCE_KEYS: Record<Confidence, MessageKey> = {
  high: 'confidenceHigh',
  medium: 'confidenceMedium',
  low: 'confidenceLow',
};

export const statusKey = (status: DomainStatus): MessageKey => STATUS_KEYS[status];
export const confidenceKey = (confidence: Confidence): MessageKey => CONFIDENCE_KEYS[confidence];

type Kind = ListingKind;
interface KindKeys {
  name: MessageKey;
  title: MessageKey;
  heading: MessageKey;
  lead: MessageKey;
}

const KIND_KEYS: Record<Kind, KindKeys> = {
  takedown: { name: 'kindTakedown', title: 'titleTakedown', heading: 'headingTakedown', lead: 'leadTakedown' },
  reported: { name: 'kindReported', title: 'titleReported', heading: 'headingReported', lead: 'leadReported' },
  relaunch: { name: 'kindRelaunch', title: 'titleRelaunch', heading: 'headingRelaunch', lead: 'leadRelaunch' },
  former: { name: 'kindFormer', title: 'titleFormer', heading: 'headingFormer', lead: 'leadFormer' },
  released: { name: 'kindReleased', title: 'titleReleased', heading: 'headingReleased', lead: 'leadReleased' },
};

/** The string keys of one kind of listing (src/core/listing-kind.ts): its name, toolbar title, heading and lead. */
export const kindKeys = (kind: Kind): KindKeys => KIND_KEYS[kind];

const CONFIRMED_KEYS: Record<Confidence, MessageKey> = {
  high: 'confirmedHigh',
  medium: 'confirmedMedium',
  low: 'confirmedLow',
};
/** One sentence on how sure the list is, in words a visitor reads in a second. */
export const confirmedKey = (confidence: Confidence): MessageKey => CONFIRMED_KEYS[confidence];
