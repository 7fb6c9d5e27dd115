import { describe, expect, it } from 'vitest';
import { countryName, daysBetween, formatDate, formatDateRange, formatShortDate } from '../../src/core/format.ts';
import { isListStale, todayIso } from '../../src/core/list-age.ts';

describe('format', () => {
  it.each<[string, 'nl' | 'en', string]>([
    ['2026-03-04', 'nl', '4 maart 2026'],
    ['2026-03-04', 'en', '4 March 2026'],
    ['2026-03', 'nl', 'maart 2026'],
  ])('formatDate(%s, %s)', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
  it.each<[string, 'nl' | 'en', string]>([
    ['2026-03-04', 'nl', '4 mrt 2026'],
    ['2026-11-30', 'en', '30 Nov 2026'],
  ])('formatShortDate(%s, %s), for table columns', (iso, lang, expected) => {
    expect(formatShortDate(iso, lang)).toBe(expected);
  });
  it('formats ranges and single days', () => {
    expect(formatDateRange('2026-03-03', '2026-03-04', 'nl')).toBe('3–4 maart 2026');
    expect(formatDateRange('2026-03-11', '2026-03-11', 'en')).toBe('11 March 2026');
  });
  it('names countries in the UI language', () => {
    expect(countryName('NL', 'nl')).toBe('Nederland');
    expect(countryName('NL', 'en')).toBe('Netherlands');
  });
  it('counts days between ISO dates', () => {
    expect(daysBetween('2026-08-27', '2026-11-25')).toBe(90);
  });
  it('calls the list stale only past 90 days', () => {
    expect(isListStale('2026-08-27', '2026-11-25')).toBe(false);
    expect(isListStale('2026-08-26', '2026-11-25')).toBe(true);
    expect(todayIso(new Date(Date.UTC(2026, 10, 25, 23, 59)))).toBe('2026-11-25');
  });
});
