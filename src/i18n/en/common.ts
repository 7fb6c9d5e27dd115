// English UI strings: shared by every page and the toolbar button.
export const common = {
  extName: 'Takedown Alert',
  languageLabel: 'Language',
  languageAuto: 'Follow the browser',
  languageNl: 'Nederlands',
  languageEn: 'English',
  listInfo:
    'List of {date}: {operations, plural, one {# operation} other {# operations}}, {domains, plural, one {# domain} other {# domains}}.',
  listOld: 'This list is more than 90 days old ({date}). Update the extension for newer information.',
  privacyNote: 'Everything happens on your own device. Takedown Alert sends nothing anywhere.',
  openLinkNote: 'opens in a new tab',
  notPolice: 'Takedown Alert is an independent project. We are not the police and do not speak for them.',
  reportWrong: 'Report a mistake in the list',
  titleAsk: 'Takedown Alert stops confirmed listed sites. Click to turn on its full warnings',
  titleAskNew: 'Takedown Alert: the list has new sites. Click to turn on the full warnings for them',
  titleAccessOff: 'Takedown Alert stops confirmed listed sites; its full warnings are off',
  accessOffHeading: 'Full warnings are off',
  accessOffBody:
    'Your browser already stops every site on the list whose takedown is confirmed, and every possible copycat, before it loads. But it shows only its own short message there, and the other sites on the list get no notice.',
  accessNewHeading: 'The list has new sites',
  accessNewBody:
    "The list was updated. Your browser already stops its new confirmed sites, with its own short message. Allow them to get Takedown Alert's full warning there too.",
  accessSomeOffBody:
    'Full warnings are off for some sites on the list, because you did not allow them. Your browser still stops the confirmed ones, with its own short message.',
  accessOffShort:
    "Your browser already stops confirmed listed sites and possible copycats, but with its own short message instead of Takedown Alert's explanation.",
  browserMessageChrome: 'Chrome shows: "This page has been blocked by an extension".',
  browserMessageFirefox: 'Firefox simply does not open the page.',
  accessButton: 'Show the full warnings',
  notCoveredNoAccess:
    'Without your permission, sites on the list that get only a notice (takedowns not yet confirmed, former addresses) are not marked.',
  accessNewButton: 'Allow the new sites',
  dialogChrome:
    'Chrome then asks for this permission: "Read and change your data on a number of websites". Those are only the sites on the list, and no other site.',
  dialogFirefox:
    'Firefox then asks for this permission: "Access your data for sites in {count, plural, one {# domain} other {# domains}}". Those are only the sites on the list, and no other site.',
  whatToDoHeading: 'What to do first',
  curiousAudience: 'Just curious?',
  curiousTakedown: 'There is nothing left to see here. Leave the site.',
  curiousFormer: 'Who runs this site now is unknown. Do not enter anything here.',
  curiousReleased: 'Someone else holds this name now. The list says nothing about the site it shows today.',
  curiousRelaunch: 'Leave the site. Do not download anything from it and do not log in.',
  readEverything: "Read everything: what happened, the police's words, the evidence and the sources",
  linkCatalogue: 'All operations and domains',
  linkSettings: 'Settings',
} as const;
