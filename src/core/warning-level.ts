// Which listed domains get a full-page warning before the page loads, and which only the badge and popup.
// One place, so the background's rules, the popup's wording and the options page agree.
import type { Confidence, DomainStatus } from './dataset-types.ts';

export const WARNING_LEVELS = ['all', 'confirmed', 'badge'] as const;
/** all: every listed domain; confirmed: confirmed seizures only (default); badge: never a full page. */
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** Seized or taken offline, with high confidence: the only entries we are sure enough about to stop a visit by default. */
export function isConfirmed(entry: { status: DomainStatus; confidence: Confidence }): boolean {
  return entry.confidence === 'high' && (entry.status === 'seized' || entry.status === 'offline');
}

/** A possible relaunch or copycat: always worded as unconfirmed, and "Continue" asks once more. */
export function isUnconfirmed(status: DomainStatus): boolean {
  return status === 'suspected-relaunch';
}

/**
 * @example warnsFullPage({ status: 'seized', confidence: 'high' }, 'confirmed') // true
 * @example warnsFullPage({ status: 'suspected-relaunch', confidence: 'medium' }, 'confirmed') // false
 */
export function warnsFullPage(entry: { status: DomainStatus; confidence: Confidence }, level: WarningLevel): boolean {
  if (level === 'all') return true;
  if (level === 'badge') return false;
  return isConfirmed(entry);
}
