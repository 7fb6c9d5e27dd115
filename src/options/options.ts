// Options page entry: language, warning level, the sites the user allowed, and plain explanations.
import { effectiveWarningLevel } from '../core/policy.ts';
import type { WarningLevel } from '../core/warning-level.ts';
import { removePermanentException } from '../platform/exceptions.ts';
import { hasHostAccess, requestHostAccess } from '../platform/host-access.ts';
import { loadPolicy } from '../platform/policy-store.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { updateSettings } from '../platform/settings-store.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { localizePage } from '../ui/localize.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const languageSelect = byId<HTMLSelectElement>('language');
const levelInputs = [...document.querySelectorAll<HTMLInputElement>('input[name="level"]')];

async function render(): Promise<void> {
  const [{ settings, lang, t }, policy, access] = await Promise.all([loadPageLanguage(), loadPolicy(), hasHostAccess()]);
  localizePage(document, t, lang);
  document.title = t('optionsTitle');
  languageSelect.value = settings.language;

  const level = effectiveWarningLevel(policy, settings.warningLevel);
  for (const input of levelInputs) {
    input.checked = input.value === level;
    input.disabled = policy.warningLevel !== null;
  }
  byId('level-locked').hidden = policy.warningLevel === null;

  byId('exceptions-forbidden').hidden = policy.allowBypass;
  byId('exceptions-empty').hidden = settings.allowedHosts.length > 0;
  replaceChildren(byId('exceptions'), settings.allowedHosts.map((host) => {
    const remove = h('button', { type: 'button', 'aria-label': t('removeExceptionLabel', { host }), 'data-host': host }, t('removeException'));
    remove.addEventListener('click', () => void removePermanentException(host).then(() => saved(t('saved'))).then(render));
    return h('li', {}, h('span', {}, host), remove);
  }));

  const grant = h('button', { type: 'button', id: 'grant' }, t('permissionGrant'));
  grant.addEventListener('click', () => void requestHostAccess().then(render));
  replaceChildren(byId('access'), access ? h('p', { id: 'access-ok' }, t('accessOk')) : h('div', { class: 'missing' }, h('p', {}, t('permissionMissing')), grant));
}

function saved(message: string): void {
  byId('status').textContent = message;
}

bindLanguageSelect(languageSelect, render);
for (const input of levelInputs) {
  input.addEventListener('change', () => {
    if (!input.checked) return;
    void updateSettings({ warningLevel: input.value as WarningLevel }).then(async () => saved((await loadPageLanguage()).t('saved')));
  });
}
void render();
