// English UI strings: the popup.
export const popup = {
  listedHeading: 'Warning: this site belonged to a platform taken down by police',
  listedLead: 'You are on {host}. It is on the list of {platform}: {kind}.',
  listedVia: 'Listed domain: {domain}',
  notListedHeading: 'This site is not on the list',
  notListedBody: 'Takedown Alert knows {operations} police operations and {domains} domains. The list is dated {date}.',
  notWebHeading: 'Nothing to check here',
  notWebBody: 'Takedown Alert only looks at web pages (http and https).',
  listedLeadWarned: 'Takedown Alert stopped {host} before it loaded. It is on the list of {platform}: {kind}.',
  linkCatalogueShort: 'All operations',
  linkSettingsShort: 'Settings',
} as const;
