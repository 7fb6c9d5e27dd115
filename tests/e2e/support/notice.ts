// The notice the listed-page script puts on a page, as the page itself sees it: an element after the body that
// says nothing of itself (no attribute, a closed shadow root). Its kind is on the toolbar button.
import type { Driver } from './driver.ts';

/**
 * The notice's element: the div among the document element's own children (the page's are head and body). It may
 * come before them: the script runs at document start, and Firefox can answer before the page has parsed its body.
 */
export const NOTICE = `([...document.documentElement.children].find((e) => e.localName === 'div') ?? null)`;

/** Whether the content script put its notice on the page. */
export function noticeShown(driver: Driver): Promise<boolean> {
  return driver.testTab().evaluate<boolean>(`${NOTICE} !== null`);
}

/** What the page can read of the notice's element: its attributes and its shadow root (closed: null). */
export function noticeAsThePageSeesIt(driver: Driver): Promise<{ attributes: string[]; shadowRoot: string } | null> {
  return driver
    .testTab()
    .evaluate(
      `(() => { const e = ${NOTICE}; return e && { attributes: [...e.attributes].map((a) => a.name), shadowRoot: String(e.shadowRoot) }; })()`,
    );
}

/**
 * Where the notice is, as the page sees it: the points at which elementFromPoint answers with the notice's element
 * (the page cannot see inside it). Scanned on a 2 px grid over the top-right of the viewport.
 */
export function noticeBox(driver: Driver): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return driver.testTab().evaluate(`(() => {
    const host = ${NOTICE};
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (let y = 0; y < Math.min(innerHeight, 500); y += 2) for (let x = Math.max(0, innerWidth - 600); x < innerWidth; x += 2) {
      if (document.elementFromPoint(x, y) === host) { left = Math.min(left, x); top = Math.min(top, y); right = Math.max(right, x); bottom = Math.max(bottom, y); }
    }
    return { left, top, right, bottom };
  })()`);
}
