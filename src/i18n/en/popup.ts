// English UI strings: the popup.
export const popup = {
  notListedHeading: 'This site is not on the list',
  notListedBody: 'Takedown Alert warns about {domains} domains of {operations} police operations. It does not see the addresses of other sites, so it cannot say more about this one.',
  notWebHeading: 'Nothing to check here',
  notWebBody: 'Takedown Alert only looks at web pages (http and https).',
  popupStopped: 'Takedown Alert stopped {host} before it loaded.',
  actionLeave: 'Leave this site',
  alwaysWarn: 'Always a full warning here',
  listChanged: 'The list was updated ({date}); new domains: {added}.',
  listChangedLink: 'See what is new',
  linkCatalogueShort: 'All operations',
  linkSettingsShort: 'Settings',
} as const;
