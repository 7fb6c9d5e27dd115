// Welcome page entry: opened once at install. Says what Takedown Alert does and never does, asks for the one
// permission step (access to the listed sites, nothing else), shows how to keep the button in sight, and links
// to the catalogue.
import { isFirefox } from '../platform/browser-kind.ts';
import { domainCount } from '../platform/list-meta.ts';
import { askForOrigins, currentPlan } from '../platform/host-access.ts';
import { markListSeen } from '../platform/list-changes.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { refuseWhenFramed } from '../ui/frame-guard.ts';
import { localizePage } from '../ui/localize.ts';
import { renderFooter } from '../ui/page-footer.ts';
import { permissionNotice } from '../ui/permission-notice.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const languageSelect = byId<HTMLSelectElement>('language');

async function render(): Promise<void> {
  const { settings, lang, t } = await loadPageLanguage();
  localizePage(document, t, lang);
  document.title = `${t('welcomeHeading')} – ${t('extName')}`;
  languageSelect.value = settings.language;
  const plan = await currentPlan();
  replaceChildren(byId('step-body'),
    plan.missing.length === 0
      ? h('p', { class: 'granted', id: 'access-ok' }, t('welcomeGranted', { count: domainCount }))
      : permissionNotice(plan, t, askForOrigins, () => void render()),
  );
  byId('pin-text').textContent = t(isFirefox() ? 'welcomePinFirefox' : 'welcomePinChrome');
  renderFooter(byId('page-footer'), t);
}

function main(): void {
  if (refuseWhenFramed()) return;
  bindLanguageSelect(languageSelect, render);
  void markListSeen();
  void render().then(() => byId('welcome-heading').focus());
}

main();
