// Dates, country and language names in the UI language, with the platform's Intl (no data of our own).
import type { Language } from './dataset-types.ts';

export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** @example formatNumber(10000, 'nl') // '10.000' */
export function formatNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

function toDate(iso: string): { date: Date; hasDay: boolean } {
  const [y, m, d] = iso.split('-').map(Number);
  return { date: new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)), hasDay: d !== undefined };
}

function formatter(lang: Language, hasDay: boolean, month: 'long' | 'short' = 'long'): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'UTC',
    year: 'numeric',
    month,
    ...(hasDay ? { day: 'numeric' } : {}),
  });
}

/** @example formatDate('2026-03-04', 'nl') // '4 maart 2026'; formatDate('2026-03', 'en') // 'March 2026' */
export function formatDate(iso: string, lang: Language): string {
  const { date, hasDay } = toDate(iso);
  return formatter(lang, hasDay).format(date);
}

/** A date for a table column, with the month abbreviated. @example formatShortDate('2026-03-04', 'nl') // '4 mrt 2026' */
export function formatShortDate(iso: string, lang: Language): string {
  const { date, hasDay } = toDate(iso);
  return formatter(lang, hasDay, 'short').format(date);
}

/** @example formatDateRange('2026-03-03', '2026-03-04', 'en') // '3–4 March 2026' */
export function formatDateRange(from: string, to: string, lang: Language): string {
  if (from === to) return formatDate(from, lang);
  const a = toDate(from);
  const b = toDate(to);
  return formatter(lang, a.hasDay && b.hasDay).formatRange(a.date, b.date);
}

export function countryName(code: string, lang: Language): string {
  return new Intl.DisplayNames([LOCALES[lang]], { type: 'region' }).of(code) ?? code;
}

export function languageName(code: string, lang: Language): string {
  return new Intl.DisplayNames([LOCALES[lang]], { type: 'language' }).of(code) ?? code;
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).date.getTime() - toDate(from).date.getTime()) / 86_400_000);
}
