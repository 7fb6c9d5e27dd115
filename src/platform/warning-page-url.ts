// Where the warning page lives. Its own module, so that a page which only needs the address (the popup) does not
// load the rules code and, with it, the whole domain index.
import browser from './browser.ts';

export const WARNING_PAGE_PATH = 'src/warning/index.html';

/**
 * The address the redirect rule sends a listed page to, with the session's secret. In Chromium this is the page's
 * dynamic address (web_accessible_resources' use_dynamic_url): a website cannot know it, and a fetch of the fixed
 * address fails, so no website can tell that the extension is installed. Chromium then shows the page in the tab
 * under its fixed address (measured in Chromium 156), which warningPageTabUrl gives.
 */
export function redirectTarget(secret: string): string {
  return `${browser.runtime.getURL(WARNING_PAGE_PATH)}?via=${secret}`;
}

/** The warning page's address as a tab shows it: the extension's fixed origin (from any page or worker of ours). */
export function warningPageTabUrl(): string {
  return `${location.origin}/${WARNING_PAGE_PATH}`;
}
