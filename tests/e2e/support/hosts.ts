// The real names the end-to-end tests visit, one for each kind of listing, and every domain a new install stops.
// The browsers map each to the local test server. tests/unit/dataset.test.ts checks that the list still gives each
// the kind named here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullPageDomains, INSTALLED_LEVEL } from '../../../src/core/blocking-rules.ts';
import type { BundledIndex } from '../../../src/core/bundle-layout.ts';
import { ROOT } from './paths.ts';

/** A confirmed takedown (high confidence, seized): a full-page warning by default. */
export const CONFIRMED = 'raidforums.com';
export const CONFIRMED_SUB = 'forum.raidforums.com';
export const CONFIRMED_WWW = 'www.raidforums.com';
/** A takedown one report names (medium confidence, seized): a notice on the page by default. */
export const REPORTED = 'leakbase.la';
export const REPORTED_SUB = 'forum.leakbase.la';
/** A possible relaunch or copycat: a full-page warning by default, worded as a possible trap. */
export const RELAUNCH = 'leakbase.bz';
/** A former address of a platform (used, medium confidence): a notice on the page by default. */
export const FORMER = 'socksescort.com';
/** Hosts the browser loads but DNS rules forbid: the matcher must still see them under their listed parent. */
export const ODD_HOSTS = ['a_b.raidforums.com', 'x-.raidforums.com', 'a_b.leakbase.bz', 'x-.leakbase.bz'];
export const CLEAN = 'clean.test';

/** Every listed domain a new install shows as a full page: stopped from install, with or without any answer. */
export const STOPPED_BY_DEFAULT = fullPageDomains(
  (JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'index.json'), 'utf8')) as BundledIndex).domains,
  INSTALLED_LEVEL,
);

export const ALL_HOSTS = [
  ...new Set([
    CONFIRMED,
    CONFIRMED_SUB,
    CONFIRMED_WWW,
    REPORTED,
    REPORTED_SUB,
    RELAUNCH,
    FORMER,
    ...ODD_HOSTS,
    CLEAN,
    ...STOPPED_BY_DEFAULT,
  ]),
];
