// Who makes Takedown Alert and where a wrong listing is reported: one place for the pages' footer line,
// the store listings and the README. The extension never sends a report itself; the link prepares one.

/** The project's public issue tracker, where wrong listings are reported. */
export const ISSUE_TRACKER = 'https://github.com/takedown-alert/takedown-alert/issues';

/**
 * A prepared issue for a wrong listing: the tracker's "new issue" form with the domain in the title, so the
 * user only has to say what is wrong. Nothing is sent until the user submits it there.
 * @example reportUrl('leakbase.la') // 'https://github.com/…/issues/new?title=Wrong%20listing%3A%20leakbase.la&body=…'
 */
export function reportUrl(domain?: string): string {
  const title = domain ? `Wrong listing: ${domain}` : 'Wrong listing';
  const body = [
    domain ? `Domain: ${domain}` : 'Domain:',
    'What is wrong (for example: not the platform, registered again by someone else, wrong date):',
    'A source that shows it (a link), if you have one:',
    '',
    'Please do not include your browsing history or personal details.',
  ].join('\n');
  return `${ISSUE_TRACKER}/new?${new URLSearchParams({ title, body }).toString().replaceAll('+', '%20')}`;
}
