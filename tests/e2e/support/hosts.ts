// The real names the end-to-end tests visit. The browsers map each to the local test server.
export const LISTED = 'leakbase.la';
export const LISTED_SUB = 'forum.leakbase.la';
export const LISTED_WWW = 'www.leakbase.la';
export const UNCONFIRMED = 'leakbase.bz';
export const CLEAN = 'clean.test';
export const ALL_HOSTS = [LISTED, LISTED_SUB, LISTED_WWW, UNCONFIRMED, CLEAN];
