// English UI strings: the kinds of listing, worded the same in the toolbar title, the popup, the warning page,
// the notice on a listed page and the catalogue (src/core/listing-kind.ts decides the kind).
export const kinds = {
  kindTakedown: 'Taken down by police',
  kindRelaunch: 'Possible relaunch or copycat',
  kindFormer: 'Former address of the platform',
  kindReleased: "No longer the platform's",
  titleTakedown: 'Takedown Alert: {host} was taken down by police ({platform})',
  titleRelaunch: 'Takedown Alert: {host} may be a copycat of {platform}. Do not log in',
  titleFormer: 'Takedown Alert: {host} was an address of {platform}; who runs it now is unknown',
  titleReleased: 'Takedown Alert: {host} belonged to {platform}; someone else has it now',
  headingTakedown: '{platform} was taken down by police',
  headingRelaunch: 'This may be a trap: a possible copycat of {platform}',
  headingFormer: 'This was an address of {platform}, which police took down',
  headingReleased: 'This address belonged to {platform}; someone else has it now',
  leadTakedown: '{host} belonged to {platform}, {kind}. Police have taken it down.',
  leadRelaunch:
    '{host} appeared after police took down {platform}, {kind}. It is not confirmed who runs it: it may be a relaunch, or a copycat that collects logins.',
  leadFormer:
    '{host} was used by {platform}, {kind}, before police took it down. Who runs this address now is unknown.',
  leadReleased:
    '{host} was used by {platform}, {kind}. The seizure has ended and someone else registered the name; this site is probably not the platform.',
  doFirstRelaunch: 'Do not log in and do not enter your e-mail address or password here.',
  confirmedHigh: 'Confirmed: an official source, or two independent reports that we read, say so.',
  confirmedMedium: 'Not confirmed: one report that we read says so.',
  confirmedLow: 'Not confirmed: only a community list, or sources we could not read, say so.',
  noticeMore: 'What happened',
  noticeDismiss: 'Close',
  noticeLabel: 'Takedown Alert',
} as const;
