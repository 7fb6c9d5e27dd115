// How each listed domain is presented: a full-page warning before the page loads, a small notice on the page
// itself, or only the toolbar button. One place, so the rules, the notice, the popup and the options agree.
import type { Confidence, DomainStatus } from './dataset-types.ts';
import { isConfirmedTakedown, listingKind } from './listing-kind.ts';

export const WARNING_LEVELS = ['all', 'recommended', 'badge'] as const;
/**
 * all: a full page for every listed domain that is still the platform's; recommended (default): a full page for
 * confirmed takedowns and possible relaunches, a notice on the page for the rest; badge: the toolbar button only.
 */
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** The level of a new install, and so what the installed ruleset stops (src/core/blocking-rules.ts). */
export const INSTALLED_LEVEL: WarningLevel = 'recommended';

/** A stored or administrator-set level; 'confirmed' is what 'recommended' was called before relaunches got a full page. */
export function parseWarningLevel(value: unknown): WarningLevel | null {
  if (value === 'confirmed') return 'recommended';
  return (WARNING_LEVELS as readonly unknown[]).includes(value) ? (value as WarningLevel) : null;
}

export type Presentation = 'page' | 'notice' | 'badge';

/**
 * @param alwaysPage the user asked for a full page on this domain ("always warn me here")
 * @example presentation({ status: 'suspected-relaunch', confidence: 'medium' }, 'recommended') // 'page'
 * @example presentation({ status: 'used', confidence: 'medium' }, 'recommended') // 'notice'
 */
export function presentation(
  entry: { status: DomainStatus; confidence: Confidence },
  level: WarningLevel,
  alwaysPage = false,
): Presentation {
  const kind = listingKind(entry);
  if (level === 'badge') return 'badge';
  if (kind === 'released') return alwaysPage ? 'page' : level === 'all' ? 'notice' : 'badge';
  if (alwaysPage || level === 'all') return 'page';
  return kind === 'relaunch' || isConfirmedTakedown(entry) ? 'page' : 'notice';
}
