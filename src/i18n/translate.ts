// Looks UI strings up in the chosen language. Pure: the language comes from settings, not from the browser,
// because browser.i18n cannot follow a choice made inside the extension.
import type { ListingKind } from '../core/listing-kind.ts';
import type { Confidence, DomainStatus, Language, Localized } from '../core/dataset-types.ts';
import { en, type MessageKey } from './en.ts';
import { nl } from './nl.ts';

const catalogues: Record<Language, Record<MessageKey, string>> = { en, nl };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Language): Translate {
  const catalogue = catalogues[lang];
  return (key, values = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
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
