// The kinds of listing a visitor can meet, derived from the list's statuses and confidence: one source for
// the wording, colour and mark in the badge, icon title, popup, warning page, in-page notice and catalogue.
import type { Confidence, DomainStatus } from './dataset-types.ts';

export const LISTING_KINDS = ['takedown', 'reported', 'relaunch', 'former', 'released'] as const;
/**
 * takedown: seized or taken offline by police, and that this address was is confirmed (an official source, or two
 * independent reports); reported: the platform's takedown is certain, but that police seized this very address only
 * one report (or less) says; relaunch: a possible relaunch or copycat that appeared after a takedown (a trap);
 * former: an address the platform used, who runs it now is unknown; released: the seizure ended and the name lapsed
 * or passed to someone else.
 */
export type ListingKind = (typeof LISTING_KINDS)[number];

const BY_STATUS: Record<DomainStatus, ListingKind> = {
  seized: 'takedown',
  offline: 'takedown',
  'suspected-relaunch': 'relaunch',
  used: 'former',
  lapsed: 'released',
  're-registered': 'released',
};

/**
 * @example listingKind({ status: 'seized', confidence: 'high' }) // 'takedown'
 * @example listingKind({ status: 'seized', confidence: 'medium' }) // 'reported'
 */
export function listingKind(entry: { status: DomainStatus; confidence: Confidence }): ListingKind {
  const kind = BY_STATUS[entry.status];
  return kind === 'takedown' && entry.confidence !== 'high' ? 'reported' : kind;
}

/** A takedown that an official source, or two independent reports we read, confirm for this address. */
export function isConfirmedTakedown(entry: { status: DomainStatus; confidence: Confidence }): boolean {
  return listingKind(entry) === 'takedown';
}

/** How a kind looks on the toolbar button: a mark as well as a colour, so it never rests on colour alone. */
export interface KindLook {
  /** Badge text. */
  mark: string;
  /** Badge colour; white text on it has a contrast ratio of at least 4.5:1. */
  colour: string;
  /** Name of the toolbar icon variant (public/icons/icon-<variant>-<size>.png). */
  icon: ListingKind;
}

export const KIND_LOOK: Record<ListingKind, KindLook> = {
  takedown: { mark: '!', colour: '#b3261e', icon: 'takedown' },
  reported: { mark: '!?', colour: '#6b3fa0', icon: 'reported' },
  relaunch: { mark: '?', colour: '#8a4b00', icon: 'relaunch' },
  former: { mark: 'i', colour: '#1d5fb8', icon: 'former' },
  released: { mark: '~', colour: '#5b6068', icon: 'released' },
};
