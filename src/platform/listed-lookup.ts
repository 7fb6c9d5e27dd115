// The popup's and the warning page's way to match a host: load only the shards of the domain index that the host's
// names live in (src/core/index-shards.ts), then match with the same matcher as everywhere else. The cost of
// showing one warning does not grow with the list.
import type { Language } from '../core/dataset-types.ts';
import { shardOf, type Certainty, type IndexShard, type ShardEntry, type ShardPlatform } from '../core/index-shards.ts';
import { createMatcher, lookupNames, type Matcher } from '../core/matcher.ts';
import { loadShardFile } from './generated-files.ts';

export interface Lookup<T> {
  value: T;
  /** The platform's name in a language, for the operations the loaded shards hold (the id otherwise). */
  platformName(operation: string, lang: Language): string;
  /** What kind of platform it was, in a language ("" for an operation the loaded shards do not hold). */
  platformKind(operation: string, lang: Language): string;
  /** Who acted against the platform and when, when the loaded shards know. */
  platform(operation: string): ShardPlatform | undefined;
  /** Who says what the list says of a listed domain, when the loaded shards know. */
  certainty(domain: string): Certainty | undefined;
}

/**
 * Runs `read` (pure, given a matcher) once to learn which hosts it looks up, loads their shards, and runs it again
 * with a matcher over those shards: the same answer as with the whole index, for the hosts `read` asks about.
 */
export async function withListedLookup<T>(read: (matcher: Matcher) => T): Promise<Lookup<T>> {
  const asked: string[] = [];
  read((host) => {
    asked.push(host);
    return null;
  });
  const numbers = [...new Set(asked.flatMap(lookupNames).map(shardOf))];
  const shards: IndexShard[] = await Promise.all(numbers.map(loadShardFile));
  const domains: Record<string, ShardEntry> = Object.fromEntries(shards.flatMap((s) => Object.entries(s.domains)));
  const platforms: Record<string, ShardPlatform> = Object.fromEntries(
    shards.flatMap((s) => Object.entries(s.platforms)),
  );
  return {
    value: read(createMatcher(domains)),
    platformName: (operation, lang) => platforms[operation]?.name[lang] ?? operation,
    platformKind: (operation, lang) => platforms[operation]?.kind[lang] ?? '',
    platform: (operation) => platforms[operation],
    certainty: (domain) => domains[domain]?.certainty,
  };
}
