// Content script, registered only for the listed sites the user granted (src/platform/content-scripts.ts):
// it tells the background that this tab shows a listed page, so the toolbar button can say so, and shows the
// background's notice when the page gets one. It runs inside a hostile page: it reads nothing from the page, tells
// the page nothing (the notice's element carries no attribute; its text is in a closed shadow root, from text only),
// listens only to events the browser made, and acts only on the user's own clicks. The notice is advisory: a page
// can cover or remove it, so closing it on the page lasts for this browser session only.
import type { NoticeReply } from '../core/messages.ts';
import browser from '../platform/browser.ts';

type Notice = NonNullable<NoticeReply['notice']>;

const COLOURS: Record<Notice['kind'], string> = {
  takedown: '#b3261e',
  reported: '#6b3fa0',
  relaunch: '#8a4b00',
  former: '#1d5fb8',
  released: '#5b6068',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

function userClick(button: HTMLButtonElement, action: () => void): void {
  button.addEventListener('click', (event) => {
    if (event.isTrusted) action();
  });
}

/** A small panel at the top of the page, above the site's own content, in its own closed shadow tree. */
function showNotice(notice: Notice): void {
  // The page can see that an element is there (nothing can hide that), not what it says or of which kind.
  const host = el('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = el(
    'style',
    `
    :host { all: initial; }
    section { position: fixed; inset: 0.75rem 0.75rem auto auto; z-index: 2147483647; max-width: 26rem; box-sizing: border-box;
      font: 16px/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 3px solid ${COLOURS[notice.kind]};
      border-radius: 8px; padding: 0.75rem 1rem; box-shadow: 0 4px 18px rgb(0 0 0 / 0.3); }
    h2 { font-size: 1.05rem; margin: 0 0 0.4rem; }
    .sender { font-size: 0.8rem; font-weight: 600; margin: 0 2.2rem 0.3rem 0; color: ${COLOURS[notice.kind]}; }
    .question { font-weight: 600; margin: 0 0 0.3rem; }
    .question + button { margin-bottom: 0.7rem; }
    .note { font-size: 0.8rem; margin: 0.4rem 0 0; opacity: 0.85; }
    p { margin: 0 0 0.6rem; }
    .confirmed { font-size: 0.85rem; opacity: 0.85; }
    .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; }
    button.close { position: absolute; top: 0.4rem; right: 0.4rem; width: 2rem; height: 2rem; padding: 0; border-width: 1px; font-size: 1.2rem; line-height: 1; }
    button { font: inherit; padding: 0.3rem 0.8rem; border-radius: 6px; border: 2px solid ${COLOURS[notice.kind]}; background: #fff; color: #1b1b1b; cursor: pointer; }
    button.main { background: ${COLOURS[notice.kind]}; color: #fff; }
    button:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
    @media (prefers-color-scheme: dark) {
      section { background: #1f1f1f; color: #f1f1f1; }
      button { background: #1f1f1f; color: #f1f1f1; }
      .sender { color: inherit; }
    }`,
  );
  const section = el('section');
  section.setAttribute('role', 'region');
  section.setAttribute('aria-label', notice.label);
  section.lang = notice.lang;
  // Who speaks, in sight: on someone else's page a box without a sender could pass for the site's own, or a scam.
  const sender = el('p', notice.sender);
  sender.className = 'sender';
  const more = el('button', notice.more);
  more.className = 'main';
  // Closing sits where people look for it, in the top-right corner, named for screen readers.
  const close = el('button', '×');
  close.className = 'close';
  close.setAttribute('aria-label', notice.dismiss);
  close.title = notice.dismiss;
  userClick(more, () => void browser.runtime.sendMessage({ type: 'open-details' }));
  userClick(close, () => {
    host.remove();
    void browser.runtime.sendMessage({ type: 'dismiss-notice' });
  });
  const actions = el('div');
  actions.className = 'actions';
  actions.append(more, close);
  const confirmed = el('p', notice.confirmed);
  confirmed.className = 'confirmed';
  const moreNote = el('p', notice.moreNote);
  moreNote.className = 'note';
  section.append(sender, el('h2', notice.heading), el('p', notice.body), confirmed);
  if (notice.check) {
    // The check service opens from the background, at the list's address: the page cannot change where it goes.
    const check = el('button', notice.check.label);
    check.title = notice.check.note;
    userClick(check, () => void browser.runtime.sendMessage({ type: 'open-check' }));
    const question = el('p', notice.check.question);
    question.className = 'question';
    section.append(question, check);
  }
  section.append(actions, moreNote);
  shadow.append(style, section);
  const attach = () => document.documentElement.append(host);
  if (document.documentElement) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
}

/** Reports a page can make this script send: the first load and a few restores from the back-forward cache. */
const MAX_REPORTS = 5;
let reports = 0;
let shown = false;
async function report(): Promise<void> {
  if (++reports > MAX_REPORTS) return;
  const reply = (await browser.runtime.sendMessage({ type: 'listed-page' }).catch(() => null)) as NoticeReply | null;
  if (reply?.notice && !shown) {
    shown = true;
    showNotice(reply.notice);
  }
}

void report();
// A page restored from the back-forward cache keeps this script but the browser has reset the toolbar button.
// Only the browser's own event counts: the page can dispatch a fake one as often as it likes.
window.addEventListener('pageshow', (event) => {
  if (event.isTrusted && event.persisted) void report();
});
