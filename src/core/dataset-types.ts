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

export const SOURCE_KINDS = ['official', 'report', 'community', 'lookup'] as const;
/**
 * Who published a source: official (police, prosecutor, court, agency), report (journalism or named
 * security research), community (community lists, forums, pastes, code), lookup (our own DNS or RDAP record).
 */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * How we know what a source says. `read`: its text was read (at its own address, in a stored copy, or in a
 * verbatim reproduction at `readAt` that says it is one) on the date given. `citedBy`: only seen cited by
 * another source, which was read; what it says is taken from that source.
 */
export type Verification =
  | { read: string; via: string; readAt?: string }
  | { citedBy: { id: string; url: string; publisher: string; publisherNl?: string } };

/** A source document as the compiled list carries it (from src/data/sources/<id>.txt). */
export interface Source {
  id: string;
  title: string;
  url: string;
  publisher: string;
  /** The publisher in Dutch where it says more than a name (publisher-nl in the source file). */
  publisherNl?: string;
  kind: SourceKind;
  /** Publication date, ISO (YYYY-MM-DD or YYYY-MM when the day is unknown). */
  date: string;
  lang: string;
  verification: Verification;
}

/** A published text that supports a claim: the source and the sentence from it that names the domain. */
export interface Evidence {
  url: string;
  publisher: string;
  publisherNl?: string;
  kind: SourceKind;
  /** Publication date, ISO (YYYY-MM-DD or YYYY-MM when the day is unknown). */
  date: string;
  /** The sentence that names the domain, exactly as published (found in the text we read). */
  quote: string;
  /** Language of the quote (ISO 639-1). */
  lang: string;
  /** The source document's id. */
  source: string;
  verification: Verification;
}

/** One dated step in a domain's life story. */
export interface StatusStep<E = Evidence> {
  date: string;
  status: DomainStatus;
  evidence: E[];
  note?: Localized;
}

export interface DomainEntry<E = Evidence> {
  domain: string;
  /** Never more than the evidence earns (see src/core/evidence-rules.ts); the build checks it. */
  confidence: Confidence;
  /** Oldest first; the last step is the domain's current status. */
  history: StatusStep<E>[];
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

/** Words of the police (or another authority), in the language they were published in. */
export interface PoliceMessage<E = Evidence> {
  text: string;
  lang: string;
  /** What this text is: the seizure banner, a press-release statement, … */
  kind: Localized;
  /** Where the words were read; its quote contains `text`. */
  source: E;
  /**
   * True only when the words were read in the authority's own text (or a verbatim reproduction that
   * says so); false when they are known only as another publisher quotes them.
   */
  verbatim: boolean;
  /** Our own translations, keyed by UI language; never attributed to the police. */
  translations: Partial<Localized>;
}

export interface KeyNumber<E = Evidence> {
  label: Localized;
  value: Localized;
  /** Who gives this number, when sources differ (for example the Dutch police against the NCA). */
  by?: E;
}

export interface AdviceItem {
  /** The advice; before a link it says why, and leaves what the link does to the link. */
  text: Localized;
  /** `label` is the action the link performs, naming the service: "Check your e-mail address at Have I Been Pwned". */
  link?: { url: string; label: Localized };
}

export interface Advice {
  /** The reader's situation as a short question on its own line: "Did you use the forum yourself?" */
  audience: Localized;
  items: AdviceItem[];
}

/**
 * An operation: `E` is how evidence is written (a reference to a source document in the files, resolved
 * evidence once compiled) and `S` how sources are (an id in the files, the document once compiled).
 */
export interface Operation<E = Evidence, S = Source> {
  id: string;
  /** The platform's name; the same in both languages for a proper name, translated for a group of sites. */
  platform: Localized;
  /**
   * What kind of platform it was: a short noun phrase with its article, read after a comma ("{host} was the
   * address of {platform}, {kind}") and in the catalogue, e.g. "a forum where stolen data was traded".
   */
  kind: Localized;
  summary: Localized;
  operationName: string | null;
  /** First and last action day (ISO); equal for a one-day action. */
  dates: { from: string; to: string };
  agencies: Localized[];
  /** ISO 3166-1 alpha-2 codes; names come from Intl.DisplayNames in the UI language. */
  countries: string[];
  numbers: KeyNumber<E>[];
  seized: Localized[];
  policeMessages: PoliceMessage<E>[];
  advice: Advice[];
  sources: S[];
  domains: DomainEntry<E>[];
}

/** Evidence as an operation file writes it: a source document's id and the sentence quoted from it. */
export interface EvidenceRef {
  source: string;
  quote: string;
  /** Only when the quote is in another language than the source (a Dutch sentence in an English article). */
  lang?: string;
}

/** An operation source file (src/data/operations/<id>.json). */
export type OperationFile = Operation<EvidenceRef, string>;

/** The index entry the matcher returns: enough for the badge, with the operation id for the rest. */
export interface DomainIndexEntry {
  operation: string;
  status: DomainStatus;
  confidence: Confidence;
}

export interface CompiledDataset {
  schema: 2;
  /** Date of the newest check in the list (ISO); also the list's version. */
  date: string;
  operations: Operation[];
  /** Normalised domain → index entry. */
  domains: Record<string, DomainIndexEntry>;
}
