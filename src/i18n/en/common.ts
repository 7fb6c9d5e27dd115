// English UI strings: shared by every page and the toolbar button.
export const common = {
  extName: 'Takedown Alert',
  languageLabel: 'Language',
  languageAuto: 'Follow the browser',
  languageNl: 'Nederlands',
  languageEn: 'English',
  listInfo: 'List of {date}: {operations} operations, {domains} domains.',
  listOld: 'This list is more than 90 days old ({date}). Update the extension for newer information.',
  privacyNote: 'Checked on your device. Takedown Alert sends nothing anywhere.',
  openLinkNote: 'opens in a new tab',
  badgeTitleListed: 'Takedown Alert: {host} is listed ({platform}: {status})',
  badgeTitleClean: 'Takedown Alert: this site is not on the list',
  permissionMissing: 'Takedown Alert cannot see the listed sites: its access to them was turned off. Without it, no warning appears.',
  permissionGrant: 'Allow access to the listed sites',
} as const;
