// The real names the end-to-end tests visit, one for each kind of listing. The browsers map each to the
// local test server. tests/unit/dataset.test.ts checks that the list still gives each the kind named here.
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
export const ALL_HOSTS = [CONFIRMED, CONFIRMED_SUB, CONFIRMED_WWW, REPORTED, REPORTED_SUB, RELAUNCH, FORMER, ...ODD_HOSTS, CLEAN];
