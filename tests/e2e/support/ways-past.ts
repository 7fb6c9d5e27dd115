// The ways past a warning, used as a person uses them: "More options" opened, the pointer moved over the button,
// and the click only once the page counts it (it has been looked at for a moment: src/ui/arming.ts).
import { waitFor, type TabHandle } from './driver.ts';

/** Opens "More options" and waits until `selector` is there and armed. */
export async function armedWayPast(tab: TabHandle, selector: string): Promise<void> {
  if (!(await tab.exists('#more-options[open]'))) await tab.click('#more-options > summary');
  await waitFor('more options open', () => tab.exists(selector), Boolean);
  // Only the buttons that let a site through wait for the person (they carry aria-disabled until armed).
  if (
    !(await tab.evaluate<boolean>(`document.querySelector(${JSON.stringify(selector)}).hasAttribute('aria-disabled')`))
  )
    return;
  await tab.bringToFront();
  await tab.hover(selector);
  await waitFor(
    `${selector} armed`,
    () =>
      tab.evaluate<string | null>(`document.querySelector(${JSON.stringify(selector)}).getAttribute('aria-disabled')`),
    (v) => v === 'false',
  );
}
