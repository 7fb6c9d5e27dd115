// The domain index in shards, so that a warning or the popup loads only the few shards a host can be in
// (one per name the matcher looks up) instead of the whole index: showing one warning then costs the same
// whatever the size of the list. The background, the rules and the catalogue keep the whole index. Pure.
import type { DomainIndexEntry, Localized } from './dataset-types.ts';

/** Fixed, so a shard's number never depends on the list: 64 shards keep each under 20 kB at 10,000 domains. */
export const SHARD_COUNT = 64;

/**
 * Who says what the list says of a domain, compiled from its evidence (src/pipeline/certainty.ts), so that the
 * first screen of a warning or the popup can name them without loading the operation.
 * - `official`: an official source that we read names it; `reports`: two or more independent reports that we read;
 *   `report`: one report that we read; `weak`: only community lists, or sources we saw cited and could not read.
 */
export interface Certainty {
  basis: 'official' | 'reports' | 'report' | 'weak';
  /** The publishers, strongest first, at most three. */
  by: Localized[];
}

/** A shard's entry: the index entry and who says so. */
export type ShardEntry = DomainIndexEntry & { certainty?: Certainty };

/** A platform as a shard carries it: its name and kind, and who acted and when (for "who and when"). */
export interface ShardPlatform {
  name: Localized;
  kind: Localized;
  /** The agency that led the takedown (the operation's first agency). */
  agency?: Localized;
  /** The day (or month) the takedown was made public. */
  date?: string;
}

export interface IndexShard {
  /** The listed domains of this shard → index entry. */
  domains: Record<string, ShardEntry>;
  /** Platform name, kind, agency and date of each operation these domains belong to. */
  platforms: Record<string, ShardPlatform>;
}

/**
 * The shard a name lives in: FNV-1a over its characters, modulo SHARD_COUNT.
 * @example shardOf('leakbase.la') // a number from 0 to 63, the same on every machine
 */
export function shardOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SHARD_COUNT;
}

/** Every listed domain in its shard, each shard with the platforms its domains need. */
export function shardIndex(
  domains: Record<string, DomainIndexEntry>,
  platforms: Record<string, ShardPlatform>,
  certainties: Record<string, Certainty> = {},
): IndexShard[] {
  const shards: IndexShard[] = Array.from({ length: SHARD_COUNT }, () => ({ domains: {}, platforms: {} }));
  for (const domain of Object.keys(domains).sort()) {
    const shard = shards[shardOf(domain)];
    const entry = domains[domain];
    shard.domains[domain] = certainties[domain] ? { ...entry, certainty: certainties[domain] } : entry;
    if (platforms[entry.operation]) shard.platforms[entry.operation] = platforms[entry.operation];
  }
  return shards;
}
