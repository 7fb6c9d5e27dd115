// Whether text has room for its words: a table cell or a key number that is narrower than its longest word must
// break inside that word ("administr/ator", one digit per line), which no reader should meet.
import { expect } from 'vitest';
import type { TabHandle } from './driver.ts';

/** An element whose longest word is wider than the room it has, with what it says. */
export interface TooNarrow {
  text: string;
  word: string;
  wordWidth: number;
  room: number;
}

/**
 * In-page code (for `evaluate`): every rendered element matching `selector` whose longest word, measured with a
 * canvas in the font of the text around it, is wider than the element's content box. A run the page keeps on one
 * line (white-space: nowrap, a domain name) counts as one word. Text that is hidden, or visually hidden for screen
 * readers, is not measured.
 */
export function tooNarrow(selector: string): string {
  return `(() => {
    const canvas = document.createElement('canvas').getContext('2d');
    const found = [];
    for (const element of document.querySelectorAll(${JSON.stringify(selector)})) {
      if (element.getClientRects().length === 0) continue;
      const box = getComputedStyle(element);
      // An inline element has no width of its own (clientWidth 0): its words have the room of the box around it.
      if (box.display === 'inline' || box.display === 'contents') continue;
      const room = element.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight);
      let word = '';
      let wordWidth = 0;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.getClientRects().length === 0 || parent.closest('.visually-hidden')) continue;
        const style = getComputedStyle(parent);
        canvas.font = [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(' ');
        const oneLine = style.whiteSpace === 'nowrap' || style.whiteSpace === 'pre';
        const words = oneLine ? [node.textContent.trim()] : node.textContent.split(/\\s+/);
        for (const w of words) {
          const width = canvas.measureText(w).width;
          if (width > wordWidth) [word, wordWidth] = [w, width];
        }
      }
      // Canvas and layout may measure the same text a pixel apart, and clientWidth is rounded.
      if (wordWidth > room + 2)
        found.push({ text: element.innerText.replace(/\\s+/g, ' ').trim().slice(0, 120), word, wordWidth: Math.round(wordWidth), room: Math.round(room) });
    }
    return found;
  })()`;
}

/** In-page code: the height of the element matching `selector` (the whole page for 'html'), in CSS pixels. */
export function heightOf(selector: string): string {
  return `Math.round(document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect().height)`;
}

/** Fails with the text of every element matching `selector` on the page that is narrower than its longest word. */
export async function expectRoomForWords(tab: TabHandle, selector: string, what: string): Promise<void> {
  const narrow = await tab.evaluate<TooNarrow[]>(tooNarrow(selector));
  expect(
    narrow.map((n) => `"${n.text}": "${n.word}" is ${n.wordWidth} px wide, its box ${n.room} px`),
    `${what}: narrower than their longest word`,
  ).toEqual([]);
}
