// Welcome page entry: opened once at install. Says that Takedown Alert already stops the confirmed listed sites,
// asks its one question (show our full explanation instead of the browser's error page: access to the listed sites,
// nothing else), prepares the reader for the browser's own dialog, says what skipping means, shows how to keep
// the button in sight, and links to the catalogue.
import { accessState } from '../core/permission-plan.ts';
import { isFirefox } from '../platform/browser-kind.ts';
import { askForOrigins, currentPlan } from '../platform/host-access.ts';
import { markListSeen } from '../platform/list-changes.ts';
import { bindLanguageSelect, loadPageLanguage } from '../platform/page-language.ts';
import { h, replaceChildren } from '../ui/dom.ts';
import { refuseWhenFramed } from '../ui/frame-guard.ts';
import { localizePage } from '../ui/localize.ts';
import { renderFooter } from '../ui/page-footer.ts';
import { askButton, browserWords } from '../ui/permission-notice.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const languageSelect = byId<HTMLSelectElement>('language');

async function render(): Promise<void> {
  const [{ settings, lang, t }, plan] = await Promise.all([loadPageLanguage(), currentPlan()]);
  localizePage(document, t, lang);
  document.title = `${t('welcomeHeading')} – ${t('extName')}`;
  languageSelect.value = settings.language;
  const done = accessState(plan) === 'full';
  const firefox = isFirefox();
  const words = browserWords({ t, firefox }, plan.missing.length);
  byId('step-heading').textContent = t(done ? 'welcomeStepDone' : 'welcomeStepHeading');
  replaceChildren(
    byId('step-body'),
    done
      ? h('p', { class: 'granted', id: 'access-ok' }, t('welcomeGranted'))
      : [
          h('p', {}, t('welcomeAlready'), ' ', words.stopped),
          h('p', {}, t('welcomeUpgrade')),
          plan.toAsk.length === 0 && h('p', { class: 'declined', id: 'access-declined' }, t('welcomeDeclined')),
          h('p', { class: 'note' }, words.dialog),
          askButton(t('welcomeAllowButton'), plan.missing, { ask: askForOrigins, after: () => void render() }),
          h('p', {}, t('welcomeSkip')),
        ],
  );
  byId('pin-text').textContent = t(firefox ? 'welcomePinFirefox' : 'welcomePinChrome');
  renderFooter(byId('page-footer'), t);
}

function main(): void {
  if (refuseWhenFramed()) return;
  bindLanguageSelect(languageSelect, render);
  void markListSeen();
  void render().then(() => byId('welcome-heading').focus());
}

main();
