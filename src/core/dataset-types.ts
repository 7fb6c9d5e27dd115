// The shape of an operation source file (src/data/operations/<id>.json) and of the compiled dataset.
// Pure types: imported by the validator, the compiler, the runtime and the UI alike.

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text shown to users, present in every UI language. */
export type Localized = Record<Language, string>;

export const STATUSES = ['used', 'seized', 'offline', 'lapsed', 're-registered', 'suspected-relaunch'] as const;
/** What a domain is (or was) at one step of its life story. */
export type DomainStatus = (typeof STATUSES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A published text that supports a claim: where it is, who published it, when, and the sentence itself. */
export interface Evidence {
  url: string;
  publisher: string;
  /** Publication date, ISO (YYYY-MM-DD or YYYY-MM when the day is unknown). */
  date: string;
  /** The sentence that names the domain, exactly as published. */
  quote: string;
  /** Language of the quote (ISO 639-1). */
  lang: string;
}

/** One dated step in a domain's life story. */
export interface StatusStep {
  date: string;
  status: DomainStatus;
  evidence: Evidence[];
  note?: Localized;
}

export interface DomainEntry {
  domain: string;
  confidence: Confidence;
  /** Oldest first; the last step is the domain's current status. */
  history: StatusStep[];
  /** When someone last checked the evidence and the domain (ISO date). */
  lastChecked: string;
  /** When the entry must be looked at again (ISO date). */
  reviewBy: string;
  /**
   * Declares that another operation lists the same domain too (for example a platform taken down twice),
   * and why. Without it a domain in two operations fails the build. The index keeps the other operation.
   */
  alsoListedBy?: { operation: string; reason: Localized };
}

export interface Source {
  title: string;
  url: string;
  publisher: string;
  date: string;
  lang: string;
  /** Published by a police, prosecution, judicial or government body. */
  official: boolean;
}

/** Words of the police (or another authority), verbatim in the language they were published in. */
export interface PoliceMessage {
  text: string;
  lang: string;
  /** What this text is: the seizure banner, a press-release statement, … */
  kind: Localized;
  source: Evidence;
  /** Our own translations, keyed by UI language; never attributed to the police. */
  translations: Partial<Localized>;
}

export interface KeyNumber {
  label: Localized;
  value: Localized;
}

export interface AdviceItem {
  text: Localized;
  link?: { url: string; label: Localized };
}

export interface Advice {
  audience: Localized;
  items: AdviceItem[];
}

export interface Operation {
  id: string;
  /** The platform's name; the same in both languages for a proper name, translated for a group of sites. */
  platform: Localized;
  /** What kind of platform it was, e.g. "forum trading stolen data". */
  kind: Localized;
  summary: Localized;
  operationName: string | null;
  /** First and last action day (ISO); equal for a one-day action. */
  dates: { from: string; to: string };
  agencies: Localized[];
  /** ISO 3166-1 alpha-2 codes; names come from Intl.DisplayNames in the UI language. */
  countries: string[];
  numbers: KeyNumber[];
  seized: Localized[];
  policeMessages: PoliceMessage[];
  advice: Advice[];
  sources: Source[];
  domains: DomainEntry[];
}

/** The index entry the matcher returns: enough for the badge, with the operation id for the rest. */
export interface DomainIndexEntry {
  operation: string;
  status: DomainStatus;
  confidence: Confidence;
}

export interface CompiledDataset {
  schema: 1;
  /** Date of the newest check in the list (ISO); also the list's version. */
  date: string;
  operations: Operation[];
  /** Normalised domain → index entry. */
  domains: Record<string, DomainIndexEntry>;
}
