// English UI strings: the warning page.
export const warning = {
  warningTitle: 'Warning: {host}',
  warningStopped: 'Takedown Alert stopped the page before it loaded: nothing was sent to this site.',
  warningAddress: 'Full address',
  warningSentFrom: 'You were sent here from {host}.',
  actionGoBack: 'Go back',
  actionCloseTab: 'Close this tab',
  moreOptions: 'More options',
  policyPending: "Checking your administrator's settings…",
  actionContinue: 'Continue to the site',
  actionDontWarn: "Don't warn me again for this site",
  continueConfirm:
    'This site may be a relaunch or a copycat. Such a site can steal your login details or infect your device. Do you still want to continue?',
  continueConfirmPermanent:
    'Takedown Alert will then not warn you on {host} again, until you remove it in the settings. Continue?',
  actionContinueAnyway: 'Yes, continue anyway',
  actionStay: 'No, stay here',
  continueNote:
    '"Continue to the site" lets {host} through until you close the browser. "Don\'t warn me again" lasts until you remove the site in the settings.',
  bypassForbidden: 'Your administrator does not allow continuing to this site.',
  supportLink: 'Contact your help desk',
  warningOpenedByPage:
    'This page was opened by another page, not by a visit to the site, so it offers no way to continue to the site.',
  neutralHeading: 'Nothing to warn about',
  neutralBody: 'This page was opened without the address of a listed site, so Takedown Alert has nothing to say here.',
} as const;
