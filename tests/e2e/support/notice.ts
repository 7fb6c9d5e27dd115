// The notice the listed-page script puts on a page, as the page itself sees it (never inside it).
import type { Driver } from './driver.ts';

/** The kind of the notice the content script put on the page, or null when there is none. */
export function noticeKind(driver: Driver): Promise<string | null> {
  return driver.testTab().evaluate<string | null>('document.querySelector("[data-takedown-alert]")?.dataset.takedownAlert ?? null');
}

/**
 * Where the notice is, as the page sees it: the points at which elementFromPoint answers with the notice's host
 * (the page cannot see inside it). Scanned on a 2 px grid over the top-right of the viewport.
 */
export function noticeBox(driver: Driver): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return driver.testTab().evaluate(`(() => {
    const host = document.querySelector('[data-takedown-alert]');
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (let y = 0; y < Math.min(innerHeight, 500); y += 2) for (let x = Math.max(0, innerWidth - 600); x < innerWidth; x += 2) {
      if (document.elementFromPoint(x, y) === host) { left = Math.min(left, x); top = Math.min(top, y); right = Math.max(right, x); bottom = Math.max(bottom, y); }
    }
    return { left, top, right, bottom };
  })()`);
}
