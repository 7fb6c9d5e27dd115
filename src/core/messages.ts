// The messages between the content script on a listed page and the background, and a strict reader for them:
// the content script runs inside a hostile page's process, so the background trusts only the browser's
// sender information (tab, frame, URL), never the message's own claims.
import type { ListingKind } from './listing-kind.ts';

/** Content script → background: "this tab shows a listed page" (the URL comes from the sender, not from here). */
export interface ListedPageMessage {
  type: 'listed-page';
}
/** Content script → background: the user closed the notice on this page (a trusted click). */
export interface DismissNoticeMessage {
  type: 'dismiss-notice';
}
/** Content script → background: the user asked for the details (a trusted click); the background opens them. */
export interface OpenDetailsMessage {
  type: 'open-details';
}
/** Content script → background: the user asked for the check service (a trusted click); the URL is the list's. */
export interface OpenCheckMessage {
  type: 'open-check';
}
export type ContentMessage = ListedPageMessage | DismissNoticeMessage | OpenDetailsMessage | OpenCheckMessage;
const TYPES: readonly ContentMessage['type'][] = ['listed-page', 'dismiss-notice', 'open-details', 'open-check'];

/** Background → content script: what to show on the page, if anything (all text, already in the UI language). */
export interface NoticeReply {
  notice: null | {
    kind: ListingKind;
    lang: string;
    /** The visible sender: who shows this on someone else's page ("Takedown Alert — not the police"). */
    sender: string;
    heading: string;
    body: string;
    /** What exactly is certain, and who says so, in one sentence. */
    confirmed: string;
    /** Label of the button that opens the details (the catalogue entry) in a new tab. */
    more: string;
    /** Where that button goes. */
    moreNote: string;
    /** The platform's check service, when its advice has one: the reader's question and the button's label. */
    check: null | { question: string; label: string; note: string };
    dismiss: string;
    /** Accessible name of the notice region. */
    label: string;
  };
}

/** @example readContentMessage({ type: 'listed-page' }) // { type: 'listed-page' } */
export function readContentMessage(raw: unknown): ContentMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  return TYPES.includes(type as ContentMessage['type']) ? { type: type as ContentMessage['type'] } : null;
}
