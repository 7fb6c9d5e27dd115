// Where the warning page lives. Its own module, so that a page which only needs the address (the popup) does not
// load the rules code and, with it, the whole domain index.
import browser from './browser.ts';

export const WARNING_PAGE_PATH = 'src/warning/index.html';

export function warningPageUrl(): string {
  return browser.runtime.getURL(WARNING_PAGE_PATH);
}
