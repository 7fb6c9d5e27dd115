// English UI strings: the options page.
export const options = {
  optionsTitle: 'Takedown Alert settings',
  settingsReset:
    'Some settings could not be read and are back at their defaults: {settings}. Your other settings have not changed.',
  settingLanguage: 'language',
  settingLevel: 'how to warn',
  settingAllowed: 'sites you let through',
  settingAlways: 'sites that always get a full page',
  settingDismissed: 'notices you closed',
  accessHeading: 'Access to the listed sites',
  accessOk: 'Takedown Alert can warn you about every listed site ({count, number}).',
  accessPartial:
    'Takedown Alert can warn you about {granted, number} of the {total, plural, one {# listed site} other {# listed sites}}.',
  accessMissingList: 'Sites it cannot warn you about ({count, number})',
  accessExplain:
    "You gave access to the listed sites only. If you take it away in your browser's extension settings, your browser still stops the confirmed ones, but Takedown Alert can no longer show its own warnings there.",
  warningLevelHeading: 'How to warn',
  levelRecommendedName: 'Recommended',
  levelRecommended:
    'A full page for confirmed takedowns and possible copycats; a small notice on the page for unconfirmed takedowns and former addresses.',
  levelAllName: 'Strict',
  levelAll: 'A full page for every listed site; a small notice on names someone else holds now.',
  levelBadgeName: 'Quiet',
  levelBadge: 'Only the toolbar button: never a full page or a notice.',
  levelLocked: 'Your administrator has set this.',
  exceptionsHeading: 'Less warning on these sites',
  exceptionsForbidden: 'Your administrator does not allow exceptions; the sites listed here are not let through.',
  allowedHeading: '"Don\'t warn me again"',
  exceptionsEmpty: 'None. When you choose "Don\'t warn me again" on a warning, the site appears here.',
  sessionHeading: 'Until you close the browser ("Continue to the site")',
  sessionEmpty: 'None.',
  alwaysHeading: 'Always a full page on these sites',
  alwaysEmpty: 'None. Choose "Always warn me with a full page here" in the popup to add a site.',
  dismissedHeading: 'Notices you closed',
  dismissedEmpty: 'None. Removing a site here brings its notice back.',
  removeException: 'Remove',
  removeExceptionLabel: 'Remove {host}',
  permissionsHeading: 'Permissions, and why',
  permHosts:
    "Access to the listed sites only (optional, one click): Takedown Alert then shows its own warning page instead of the browser's message, a notice on the other listed sites and a mark on its button. The browser shows Takedown Alert the address of a tab only on these sites, so it learns nothing about the other sites you visit.",
  permDnr:
    'Blocking rules (declarativeNetRequest; the browser calls it "Block content on any page"): the browser itself stops the confirmed listed sites, also before you allowed anything, and with access shows the warning page instead. The rules name only listed sites, and the extension does not read your traffic.',
  permActiveTab:
    "The tab whose button you click (activeTab): when you click Takedown Alert's button, the browser shows it the address of that one tab, so the popup can say whether the site is on the list. Nothing is kept.",
  permScripting:
    'Scripts on listed sites (scripting): a small script runs on the listed sites you allowed, and only there, to mark the toolbar button and show a notice. On other sites no code of Takedown Alert runs.',
  permStorage: 'Storage: your settings and the sites you let through.',
  permHistory:
    'Browsing history (optional, asked only when you start the "Have I been there?" check in the catalogue, and can be given back there): used once, on your device, to look for past visits to listed sites.',
  neverHeading: 'What Takedown Alert never does',
  never1: 'It sends nothing anywhere: no lookups, no list downloads, no statistics, no error reports.',
  never2:
    'It does not see the addresses of sites that are not on the list, except that of the one tab whose button you click, and it keeps none of them.',
  never3: 'It loads no code from the internet; the list comes with the extension.',
  never4: 'It does not warn on a name or part of a name: only on the exact listed domains and their subdomains.',
  aboutHeading: 'About, for administrators',
  aboutVersion: 'Version',
  aboutListDate: 'List date',
  aboutCounts: 'On the list',
  aboutCountsValue:
    '{operations, plural, one {# operation} other {# operations}}, {domains, plural, one {# domain} other {# domains}}',
  aboutId: 'Extension id',
  aboutPolicy: 'Policy in force',
  aboutNoPolicy: 'none',
  saved: 'Saved.',
} as const;
