// The parts the compiled list is split into for the extension (src/pipeline/split-dataset.ts writes them), so that
// each part loads only what it shows: the background and the declarative rules need the domain index; a warning or
// the popup needs one operation; only the catalogue needs them all. The contract between the list pipeline and the
// pages that read the parts.
import type { CompiledDataset, DomainIndexEntry, Localized } from './dataset-types.ts';

/** The small part every context loads: the domain index, with the platform names the toolbar title needs. */
export interface BundledIndex {
  schema: CompiledDataset['schema'];
  /** The list date (ISO). */
  date: string;
  /** Normalised domain → index entry. */
  domains: Record<string, DomainIndexEntry>;
  /** Operation id → platform name and what kind of platform it was, for titles and notices without loading the operation. */
  platforms: Record<string, { name: Localized; kind: Localized }>;
  /** Ids of every operation, in the catalogue's order (including operations listed without a domain). */
  operations: string[];
  /** This release's version (YYYY.M.D[.N]). */
  version: string;
  /** What changed since the previous release, when there was one. */
  changes: ListChanges | null;
}

/** What the popup and the warning page show about the list itself, without its domains. */
export interface ListMeta {
  date: string;
  version: string;
  changes: ListChanges | null;
  operations: string[];
  domainCount: number;
}

/** What changed between two releases (src/pipeline/release-snapshot.ts compares them). */
export interface ListChanges {
  /** The release compared with. */
  since: string;
  added: string[];
  removed: string[];
  /** Domains whose status or confidence changed. */
  changed: string[];
  addedOperations: string[];
  removedOperations: string[];
}
