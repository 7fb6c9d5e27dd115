import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../src/core/language.ts';
import { DEFAULT_SETTINGS, parseHostList, parseSettings } from '../../src/core/settings.ts';

describe('parseSettings', () => {
  it.each([
    [{ language: 'nl' }, { ...DEFAULT_SETTINGS, language: 'nl' }],
    [
      { language: 'en', unknown: 1 },
      { ...DEFAULT_SETTINGS, language: 'en' },
    ],
    [{ warningLevel: 'all' }, { ...DEFAULT_SETTINGS, warningLevel: 'all' }],
    [{ warningLevel: 'loud' }, DEFAULT_SETTINGS],
    [
      { allowedHosts: ['LeakBase.LA.', 'leakbase.la', 7, 'not a host', 'www.cracked.io'] },
      { ...DEFAULT_SETTINGS, allowedHosts: ['leakbase.la', 'www.cracked.io'] },
    ],
    [{ allowedHosts: 'leakbase.la' }, DEFAULT_SETTINGS],
    [{ language: 'fr' }, DEFAULT_SETTINGS],
    [{ language: 42 }, DEFAULT_SETTINGS],
    ['corrupt', DEFAULT_SETTINGS],
    [null, DEFAULT_SETTINGS],
    [undefined, DEFAULT_SETTINGS],
    [[], DEFAULT_SETTINGS],
  ])('%j → %j', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });
});

describe('resolveLanguage', () => {
  it.each<[Parameters<typeof resolveLanguage>[0], string[], string]>([
    ['nl', ['en-US'], 'nl'],
    ['en', ['nl-NL'], 'en'],
    ['auto', ['nl-NL', 'en'], 'nl'],
    ['auto', ['nl-BE'], 'nl'],
    ['auto', ['fr-FR', 'nl'], 'nl'],
    ['auto', ['de-DE', 'fr'], 'en'],
    ['auto', ['en-GB', 'nl'], 'en'],
    ['auto', [], 'en'],
  ])('%s with %j → %s', (setting, preferred, expected) => {
    expect(resolveLanguage(setting, preferred)).toBe(expected);
  });
});

describe('parseHostList (exceptions the user made on the warning page)', () => {
  it('keeps hosts the browser loads and the extension warns about, even where DNS rules forbid them', () => {
    expect(parseHostList(['a_b.raidforums.com', 'X-.LeakBase.bz.', '-x.leakbase.bz', 'a..leakbase.bz'])).toEqual([
      '-x.leakbase.bz',
      'a..leakbase.bz',
      'a_b.raidforums.com',
      'x-.leakbase.bz',
    ]);
  });
  it('drops what no warning can have been shown for', () => {
    expect(
      parseHostList([
        '',
        '127.0.0.1',
        '[::1]',
        'localhost',
        'leakbase.la/x',
        'user@leakbase.la',
        'lea kbase.la',
        `${'a.'.repeat(127)}la`,
        'x'.repeat(1_000_000),
      ]),
    ).toEqual([]);
  });
});
