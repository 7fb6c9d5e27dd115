// Tab actions the pages need.
import browser from './browser.ts';

/** Closes the tab this page is in (the warning page's "Go back" when there is nowhere to go back to). */
export async function closeCurrentTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}
