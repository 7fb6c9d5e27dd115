// Warning page entry: shown by the browser in place of a listed site (a declarativeNetRequest redirect
// puts the original URL in the hash). Everything here is set as text, never as markup.
import { readWarningTarget, shortenForDisplay, type WarningTarget } from '../core/warning-target.ts';
import { hostFromUrl } from '../core/host.ts';
import { isUnconfirmed } from '../core/warning-level.ts';
import type { Language } from '../core/dataset-types.ts';
import { statusKey, type Translate } from '../i18n/translate.ts';
import { listingFor, matcher } from '../platform/bundled-dataset.ts';
import { allowForSession, allowPermanently } from '../platform/exceptions.ts';
import { syncBlockingRules } from '../platform/blocking.ts';
import { loadPolicy } from '../platform/policy-store.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { closeCurrentTab } from '../platform/tabs.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { localizePage } from '../ui/localize.ts';
import { operationCard, type CardContext } from '../ui/operation-card.ts';

const content = document.getElementById('content') as HTMLElement;
const languageSelect = document.getElementById('language') as HTMLSelectElement;

function goBack(): void {
  if (history.length > 1) history.back();
  else void closeCurrentTab();
}

/** Lets the host through (for the session, or for good), then loads the page the user asked for. */
async function proceed(target: Extract<WarningTarget, { ok: true }>, permanent: boolean): Promise<void> {
  await (permanent ? allowPermanently(target.host) : allowForSession(target.host));
  await syncBlockingRules();
  location.replace(target.url);
}

/** Where the browser says the visit came from, when it says so at all (no extra permission asked). */
function sentFrom(target: { host: string }): string | null {
  const from = document.referrer ? hostFromUrl(document.referrer) : null;
  return from?.ok && from.host !== target.host ? from.host : null;
}

function actions(target: Extract<WarningTarget, { ok: true }>, t: Translate, allowBypass: boolean, unconfirmed: boolean): HTMLElement {
  const back = h('button', { type: 'button', class: 'primary', id: 'go-back' }, t('actionGoBack'));
  back.addEventListener('click', goBack);
  if (!allowBypass) return h('div', {}, h('div', { class: 'actions' }, back), h('p', { class: 'note', id: 'bypass-forbidden' }, t('bypassForbidden')));

  const go = h('button', { type: 'button', id: 'continue' }, t('actionContinue'));
  const never = h('button', { type: 'button', id: 'dont-warn' }, t('actionDontWarn'));
  const confirmBox = h('div', { class: 'confirm', id: 'confirm', role: 'alertdialog', 'aria-labelledby': 'confirm-text', hidden: true });
  let permanent = false;
  const ask = (forGood: boolean) => {
    permanent = forGood;
    if (!unconfirmed) return void proceed(target, forGood);
    // A copycat may be a trap: ask once more before letting it load.
    const yes = h('button', { type: 'button', id: 'continue-anyway' }, t('actionContinueAnyway'));
    const stay = h('button', { type: 'button', class: 'primary', id: 'stay' }, t('actionStay'));
    yes.addEventListener('click', () => void proceed(target, permanent));
    stay.addEventListener('click', () => { confirmBox.hidden = true; go.focus(); });
    replaceChildren(confirmBox, h('p', { id: 'confirm-text' }, t('continueConfirm')), h('div', { class: 'actions' }, stay, yes));
    confirmBox.hidden = false;
    stay.focus();
  };
  go.addEventListener('click', () => ask(false));
  never.addEventListener('click', () => ask(true));
  return h('div', {},
    h('div', { class: 'actions' }, back, go, never),
    confirmBox,
    h('p', { class: 'note' }, t('continueNote', { host: target.host })),
  );
}

function warningView(target: Extract<WarningTarget, { ok: true }>, lang: Language, t: Translate, allowBypass: boolean): Node[] {
  const listing = listingFor(target.match);
  if (!listing) return neutralView(t);
  const { op, entry } = listing;
  const ctx: CardContext = { lang, t, level: 2 };
  const unconfirmed = isUnconfirmed(target.match.status);
  const from = sentFrom(target);
  document.title = t('warningTitle', { host: target.host });
  return [
    h('section', { class: unconfirmed ? 'stop unconfirmed' : 'stop', 'aria-labelledby': 'warning-heading' },
      h('h1', { id: 'warning-heading', tabindex: '-1' }, t(unconfirmed ? 'warningHeadingUnconfirmed' : 'warningHeading')),
      h('p', { class: 'target-host', id: 'target-host' }, target.host),
      h('p', {}, t('warningLead', { host: target.host, platform: op.platform[lang], kind: op.kind[lang] })),
      from && h('p', { id: 'sent-from' }, t('warningSentFrom', { host: from })),
      h('p', {}, t('warningStopped')),
      h('p', {}, h('strong', {}, t('fieldStatus'), ': '), t(statusKey(target.match.status))),
      h('details', {}, h('summary', {}, t('warningAddress')), h('p', { class: 'target-url' }, shortenForDisplay(target.url, 300))),
      actions(target, t, allowBypass, unconfirmed),
    ),
    ...operationCard(op, entry, ctx),
  ];
}

function neutralView(t: Translate): Node[] {
  document.title = t('extName');
  return [h('h1', { id: 'warning-heading', tabindex: '-1' }, t('neutralHeading')), h('p', {}, t('neutralBody'))];
}

async function render(): Promise<void> {
  const [{ settings, lang, t }, policy] = await Promise.all([loadPageLanguage(), loadPolicy()]);
  localizePage(document, t, lang);
  languageSelect.value = settings.language;
  const target = readWarningTarget(matcher, location.hash);
  replaceChildren(content, target.ok ? warningView(target, lang, t, policy.allowBypass) : neutralView(t));
  // Screen readers announce the page through its focused heading.
  (document.getElementById('warning-heading') as HTMLElement).focus();
}

bindLanguageSelect(languageSelect, render);
window.addEventListener('hashchange', () => void render());
void render();
