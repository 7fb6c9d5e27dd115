// The real names the end-to-end tests visit. The browsers map each to the local test server.
export const LISTED = 'leakbase.la';
export const LISTED_SUB = 'forum.leakbase.la';
export const LISTED_WWW = 'www.leakbase.la';
export const UNCONFIRMED = 'leakbase.bz';
/** Listed as used by the platform before the takedown (medium confidence): badge only by default. */
export const HISTORICAL = 'leakbase.io';
export const CLEAN = 'clean.test';
export const ALL_HOSTS = [LISTED, LISTED_SUB, LISTED_WWW, UNCONFIRMED, HISTORICAL, CLEAN];
