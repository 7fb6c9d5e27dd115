// English UI strings: the kinds of listing, worded the same in the toolbar title, the popup, the warning page,
// the notice on a listed page and the catalogue (src/core/listing-kind.ts decides the kind).
export const kinds = {
  kindTakedown: 'Taken down by police',
  kindReported: 'Taken down by police; this address not confirmed',
  kindRelaunch: 'Possible relaunch or copycat',
  kindFormer: 'Former address of the platform',
  kindReleased: "No longer the platform's",
  titleTakedown: 'Takedown Alert: {host} was taken down by police ({platform})',
  titleReported:
    'Takedown Alert: {host} was an address of {platform}, which police took down; that this address was seized is not confirmed',
  titleRelaunch: 'Takedown Alert: {host} may be a copycat of {platform}. Do not log in',
  titleFormer: 'Takedown Alert: {host} was used by {platform}; who runs this address now is unknown',
  titleReleased: "Takedown Alert: {host} belonged to {platform}; the name is someone else's now",
  headingTakedown: '{platform} was taken down by police',
  headingReported: 'This address belonged to {platform}, which police took down',
  headingRelaunch: 'This may be a trap: a possible copycat of {platform}',
  headingFormer: 'This address was used by {platform}, which police took down',
  headingReleased: "This address belonged to {platform}; the name is someone else's now",
  leadTakedown: '{host} was the address of {platform}, {kind}.',
  leadReported:
    '{host} was an address of {platform}, {kind}. The takedown of the platform is certain; whether police seized this very address is not.',
  leadRelaunch:
    '{host} appeared after police took down {platform}, {kind}. Nobody knows for sure who runs it: it may be a relaunch, or a copycat that collects logins.',
  leadFormer:
    '{host} was used by {platform}, {kind}, before police took it down. Who runs this address now is unknown.',
  leadReleased:
    '{host} was used by {platform}, {kind}. The seizure has ended and someone else registered the name. This site is probably not the platform.',
  doFirstRelaunch: 'Do not log in and do not enter your e-mail address or password here.',
  whoWhen: 'Who acted, and when: {agency}, {month}.',
  certainTakedownOfficial: 'Confirmed for this address by an official source: {publishers}.',
  certainTakedownReports: 'Confirmed for this address by independent news reports: {publishers}.',
  certainReportedOne: 'That police seized this very address is reported, not confirmed: {publishers}.',
  certainReportedWeak:
    'That police seized this very address is only in a community list or a source we could not read: {publishers}.',
  certainRelaunchStrong: 'Named as a possible relaunch or copycat by {publishers}.',
  certainRelaunchOne: 'Named as a possible relaunch or copycat, not confirmed, by {publishers}.',
  certainRelaunchWeak:
    'Named as a possible relaunch or copycat only by a community list or a source we could not read: {publishers}.',
  certainFormerStrong: 'That {platform} used this address is confirmed by {publishers}.',
  certainFormerOne: 'That {platform} used this address is reported, not confirmed: {publishers}.',
  certainFormerWeak:
    'That {platform} used this address is only in a community list or a source we could not read: {publishers}.',
  confirmedHigh: 'Confirmed by an official source or by two independent news reports that we read.',
  confirmedMedium: 'Not confirmed: only one news report that we read names this address.',
  confirmedLow: 'Not confirmed: only a community list, or sources we could not read, name this address.',
  noticeSender: 'Takedown Alert — not the police',
  noticeMore: 'What happened',
  noticeMoreNote: "Opens Takedown Alert's page on {platform} in a new tab.",
  noticeDismiss: 'Close',
  noticeLabel: 'Takedown Alert',
} as const;
