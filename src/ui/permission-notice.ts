// The one-click request for the listed sites the user has not answered for yet (after install, or after an
// update that added sites), and the quieter line for sites the user declined. Shared by the popup, the
// options page and the welcome page; the page passes in how to ask (src/platform/host-access.ts).
import type { PermissionPlan } from '../core/permission-plan.ts';
import { patternDomain } from '../core/permission-plan.ts';
import type { Translate } from '../i18n/translate.ts';
import { h } from './dom.ts';
import { onUserClick } from './frame-guard.ts';

/** Asks the browser for listed patterns; must start the request synchronously (see askForOrigins). */
export type Ask = (origins: string[]) => Promise<boolean>;

export function askButton(label: string, origins: string[], ask: Ask, after: () => void, id = 'grant'): HTMLButtonElement {
  const button = h('button', { type: 'button', id, class: 'primary' }, label);
  onUserClick(button, () => void ask(origins).then(after));
  return button;
}

/** Nothing when every listed site is granted; the request when some wait for an answer; a line when declined. */
export function permissionNotice(plan: PermissionPlan, t: Translate, ask: Ask, after: () => void): HTMLElement | null {
  if (plan.toAsk.length > 0) {
    const first = plan.granted.length === 0 && plan.declined.length === 0;
    return h('div', { class: 'permission-notice', role: 'region', 'aria-labelledby': 'permission-heading' },
      h('h2', { id: 'permission-heading' }, t(first ? 'askFirstHeading' : 'askNewHeading', { count: plan.toAsk.length })),
      h('p', {}, t(first ? 'askFirstBody' : 'askNewBody', { count: plan.toAsk.length, domains: plan.toAsk.map(patternDomain).slice(0, 6).join(', ') })),
      askButton(t('askButton', { count: plan.toAsk.length }), plan.toAsk, ask, after),
    );
  }
  if (plan.declined.length > 0) {
    return h('div', { class: 'permission-notice quiet' },
      h('p', {}, t('declinedBody', { count: plan.declined.length, domains: plan.declined.map(patternDomain).slice(0, 6).join(', ') })),
      askButton(t('askButton', { count: plan.declined.length }), plan.declined, ask, after),
    );
  }
  return null;
}
