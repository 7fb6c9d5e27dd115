// What the user gets without access to the listed sites, said plainly, with the one click that upgrades it: the
// browser already stops the confirmed ones, with its own short message; access adds our warning page, the notices
// and the marks. Shared by the popup and the options page (the welcome page asks its own way, from the same
// strings); the page passes in how to ask (src/platform/host-access.ts).
import { accessState, type PermissionPlan } from '../core/permission-plan.ts';
import type { Translate } from '../i18n/translate.ts';
import { h } from './dom.ts';
import { onUserClick } from './frame-guard.ts';

/** Asks the browser for listed patterns; must start the request synchronously (see askForOrigins). */
export type Ask = (origins: string[]) => Promise<boolean>;

export interface AccessContext {
  t: Translate;
  /** The browser's own words differ: its message on a stopped page, and its permission dialog. */
  firefox: boolean;
  ask: Ask;
  /** Runs once the browser has answered (a popup may be closed by the dialog before that). */
  after: () => void;
  /** The popup's version: a heading, one sentence and the button; the options page says the rest. */
  compact?: boolean;
}

/** @param primary the page's main action (false where another button is, such as "Go back" on a stopped tab) */
export function askButton(
  label: string,
  origins: string[],
  ctx: Pick<AccessContext, 'ask' | 'after'>,
  id = 'grant',
  primary = true,
): HTMLButtonElement {
  const button = h('button', { type: 'button', id, class: primary ? 'primary' : undefined }, label);
  onUserClick(button, () => void ctx.ask(origins).then(ctx.after));
  return button;
}

/** The browser's message on a stopped page, and the words of its permission dialog for `count` listed sites. */
export function browserWords(
  ctx: Pick<AccessContext, 't' | 'firefox'>,
  count: number,
): { stopped: string; dialog: string } {
  const { t, firefox } = ctx;
  return {
    stopped: t(firefox ? 'browserMessageFirefox' : 'browserMessageChrome'),
    dialog: t(firefox ? 'dialogFirefox' : 'dialogChrome', { count }),
  };
}

/** Nothing with every listed site allowed; otherwise what that leaves, and the one click. */
export function accessNotice(plan: PermissionPlan, ctx: AccessContext): HTMLElement | null {
  const { t } = ctx;
  const state = accessState(plan);
  if (state === 'full') return null;
  if (state === 'partial' && plan.toAsk.length > 0) {
    return h(
      'div',
      { class: 'permission-notice', role: 'region', 'aria-labelledby': 'permission-heading', id: 'access-notice' },
      h('h2', { id: 'permission-heading' }, t('accessNewHeading')),
      h('p', {}, t('accessNewBody')),
      askButton(t('accessNewButton'), plan.toAsk, ctx),
    );
  }
  if (state === 'partial') {
    return h(
      'div',
      { class: 'permission-notice quiet', id: 'access-notice' },
      h('p', {}, t('accessSomeOffBody')),
      askButton(t('accessButton'), plan.missing, ctx),
    );
  }
  const words = browserWords(ctx, plan.missing.length);
  // Never answered: the full notice; declined: the same words, quieter (the user chose this).
  return h(
    'div',
    {
      class: plan.toAsk.length > 0 ? 'permission-notice' : 'permission-notice quiet',
      role: 'region',
      'aria-labelledby': 'permission-heading',
      id: 'access-notice',
    },
    h('h2', { id: 'permission-heading' }, t('accessOffHeading')),
    h('p', {}, t(ctx.compact ? 'accessOffShort' : 'accessOffBody'), ' ', words.stopped),
    !ctx.compact && h('p', {}, t('notCoveredNoAccess')),
    askButton(t('accessButton'), plan.missing, ctx),
    h('p', { class: 'note' }, words.dialog),
  );
}
