// Options page entry: access to the listed sites, language, how to warn, the sites the user let through
// (for good, for this session, always a full page, notices closed), plain explanations, and an "About" section
// for administrators. Acts only as the top-level page of its tab, and only on the user's own clicks.
import { formatDate } from '../core/format.ts';
import { accessState, patternDomain } from '../core/permission-plan.ts';
import { effectiveWarningLevel } from '../core/policy.ts';
import type { Settings, SettingName } from '../core/settings.ts';
import type { WarningLevel } from '../core/warning-level.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/translate.ts';
import browser from '../platform/browser.ts';
import { isFirefox } from '../platform/browser-kind.ts';
import { bundled, domainCount, operationCount } from '../platform/bundled-index.ts';
import {
  removePermanentException,
  removeSessionException,
  sessionAllowedHosts,
  stopAlwaysWarning,
} from '../platform/exceptions.ts';
import { askForOrigins, currentPlan } from '../platform/host-access.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { policyKeysInForce, readPolicy } from '../platform/policy-store.ts';
import { languageFor, loadSettingsReport, saveSettings, updateSettings } from '../platform/settings-store.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { onUserClick, refuseWhenFramed } from '../ui/frame-guard.ts';
import { localizePage } from '../ui/localize.ts';
import { renderFooter } from '../ui/page-footer.ts';
import { accessNotice } from '../ui/permission-notice.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const languageSelect = byId<HTMLSelectElement>('language');
const levelInputs = [...document.querySelectorAll<HTMLInputElement>('input[name="level"]')];

const SETTING_NAMES: Record<SettingName, MessageKey> = {
  language: 'settingLanguage',
  warningLevel: 'settingLevel',
  allowedHosts: 'settingAllowed',
  alwaysWarnHosts: 'settingAlways',
  dismissedNotices: 'settingDismissed',
};

/** A list of hosts with a remove button each, or a line saying it is empty. */
function hostList(
  id: string,
  heading: string | null,
  hosts: readonly string[],
  empty: string,
  t: Translate,
  remove: (host: string) => Promise<void>,
): HTMLElement {
  return h(
    'div',
    { class: 'host-list', id },
    heading !== null && h('h3', {}, heading),
    hosts.length === 0
      ? h('p', { class: 'note' }, empty)
      : h(
          'ul',
          { class: 'exceptions' },
          hosts.map((host) => {
            const button = h(
              'button',
              { type: 'button', 'aria-label': t('removeExceptionLabel', { host }), 'data-host': host },
              t('removeException'),
            );
            onUserClick(
              button,
              () =>
                void remove(host)
                  .then(() => saved(t('saved')))
                  .then(render),
            );
            return h('li', {}, h('span', { class: 'domain-name' }, host), button);
          }),
        ),
  );
}

async function renderAccess(t: Translate): Promise<void> {
  const plan = await currentPlan();
  const state = accessState(plan);
  replaceChildren(
    byId('access'),
    state === 'full' && h('p', { id: 'access-ok' }, t('accessOk', { count: plan.granted.length })),
    state === 'partial' &&
      h(
        'p',
        { id: 'access-partial' },
        t('accessPartial', { granted: plan.granted.length, total: plan.granted.length + plan.missing.length }),
      ),
    accessNotice(plan, { t, firefox: isFirefox(), ask: askForOrigins, after: () => void render() }),
    state === 'partial' &&
      h(
        'details',
        {},
        h('summary', {}, t('accessMissingList', { count: plan.missing.length })),
        h(
          'ul',
          {},
          plan.missing.map((p) => h('li', { class: 'domain-name' }, patternDomain(p))),
        ),
      ),
    // What taking the access away would do makes sense only while there is some to take away.
    state !== 'none' && h('p', { class: 'note' }, t('accessExplain')),
  );
}

async function renderAbout(t: Translate, settings: Settings): Promise<void> {
  const keys = await policyKeysInForce();
  const lang = languageFor(settings);
  const field = (label: string, value: string) => [h('dt', {}, label), h('dd', {}, value)];
  replaceChildren(
    byId('about'),
    field(t('aboutVersion'), browser.runtime.getManifest().version),
    field(t('aboutListDate'), formatDate(bundled.date, lang)),
    field(t('aboutCounts'), t('aboutCountsValue', { operations: operationCount, domains: domainCount })),
    field(t('aboutId'), browser.runtime.id),
    field(
      t('aboutPolicy'),
      Object.keys(keys).length === 0
        ? t('aboutNoPolicy')
        : Object.entries(keys)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
            .join('; '),
    ),
  );
}

async function render(): Promise<void> {
  const [report, policy, session] = await Promise.all([loadSettingsReport(), readPolicy(), sessionAllowedHosts()]);
  const { settings, reset } = report;
  const { lang, t } = await loadPageLanguage();
  localizePage(document, t, lang);
  document.title = t('optionsTitle');
  languageSelect.value = settings.language;

  // Settings that could not be read are back at their defaults: say which, once, and store the repaired ones.
  if (reset.length > 0) {
    replaceChildren(
      byId('reset-notice'),
      h(
        'p',
        { class: 'notice', role: 'alert', id: 'settings-reset' },
        t('settingsReset', { settings: reset.map((n) => t(SETTING_NAMES[n])).join(', ') }),
      ),
    );
    await saveSettings(settings);
  }

  const level = effectiveWarningLevel(policy, settings.warningLevel);
  for (const input of levelInputs) {
    input.checked = input.value === level;
    input.disabled = policy.warningLevel !== null;
  }
  byId('level-locked').hidden = policy.warningLevel === null;
  byId('exceptions-forbidden').hidden = policy.allowBypass;

  replaceChildren(
    byId('exceptions'),
    hostList(
      'allowed-hosts',
      t('allowedHeading'),
      settings.allowedHosts,
      t('exceptionsEmpty'),
      t,
      removePermanentException,
    ),
    hostList('session-hosts', t('sessionHeading'), session, t('sessionEmpty'), t, removeSessionException),
    hostList('dismissed-hosts', t('dismissedHeading'), settings.dismissedNotices, t('dismissedEmpty'), t, (host) =>
      updateSettings({ dismissedNotices: settings.dismissedNotices.filter((x) => x !== host) }).then(() => undefined),
    ),
  );
  // The opposite of an exception: more warning than the level gives, so under a heading of its own.
  replaceChildren(
    byId('always'),
    hostList('always-hosts', null, settings.alwaysWarnHosts, t('alwaysEmpty'), t, stopAlwaysWarning),
  );
  await Promise.all([renderAccess(t), renderAbout(t, settings)]);
  renderFooter(byId('page-footer'), t);
}

function saved(message: string): void {
  byId('status').textContent = message;
}

function main(): void {
  if (refuseWhenFramed()) return;
  bindLanguageSelect(languageSelect, render);
  for (const input of levelInputs) {
    input.addEventListener('change', (event) => {
      if (!event.isTrusted || !input.checked) return;
      void updateSettings({ warningLevel: input.value as WarningLevel }).then(async () =>
        saved((await loadPageLanguage()).t('saved')),
      );
    });
  }
  void render();
}

main();
