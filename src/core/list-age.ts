// How old the bundled list is: past this age the popup and the catalogue say plainly that it is out of date.
import { daysBetween } from './format.ts';

export const STALE_AFTER_DAYS = 90;

/** Today's date as YYYY-MM-DD (UTC), the form every date in the dataset has. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** @example isListStale('2026-08-26', '2026-11-25') // true (91 days) */
export function isListStale(listDate: string, today: string): boolean {
  return daysBetween(listDate, today) > STALE_AFTER_DAYS;
}
