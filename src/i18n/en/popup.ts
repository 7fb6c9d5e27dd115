// English UI strings: the popup.
export const popup = {
  notListedHeading: 'This site is not on the list',
  notListedBody:
    'Takedown Alert warns about {domains, plural, one {# domain} other {# domains}} of {operations, plural, one {# police operation} other {# police operations}}; this site is not one of them. That does not mean it is safe.',
  unknownHeading: "Takedown Alert cannot see this tab's address",
  unknownBody:
    'It sees the address of a tab only on a listed site it has access to, or when you click its button. So it cannot say whether this site is on the list.',
  notWebHeading: 'Nothing to check here',
  notWebBody: 'Takedown Alert only looks at web pages (http and https).',
  popupStopped: 'Takedown Alert stopped {host} before it loaded.',
  popupStoppedByBrowser:
    "Your browser stopped this page before it loaded, at Takedown Alert's request, and showed its own short message instead of this explanation.",
  popupShowWarning: 'Show the full warning here',
  actionLeave: 'Leave this site',
  alwaysWarn: 'Always warn me with a full page here',
  hideNotice: "Don't show the notice on this site again",
  listChanged: 'The list was updated ({date}); new domains: {added, number}.',
  listChangedLink: 'See what is new',
  linkCatalogueShort: 'All operations',
  linkSettingsShort: 'Settings',
} as const;
