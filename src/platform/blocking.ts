// Keeps the browser's declarativeNetRequest rules equal to what the settings, the policy, the user's exceptions
// and the access to the listed sites ask for. Rules are replaced as a whole, so running it twice is harmless.
import { allowRules, fullPageDomains, INSTALLED_RULESET_ID, stopRules, type DnrRule } from '../core/blocking-rules.ts';
import { accessTo } from '../core/permission-plan.ts';
import { bypassAllowed, effectiveWarningLevel } from '../core/policy.ts';
import browser from './browser.ts';
import { bundled } from './bundled-index.ts';
import { sessionAllowedHosts } from './exceptions.ts';
import { loadPolicy } from './policy-store.ts';
import { loadSettings } from './settings-store.ts';
import { redirectTarget } from './warning-page-url.ts';
import { warningSecret } from './warning-secret.ts';

type RuleApi = {
  getDynamicRules(): Promise<{ id: number }[]>;
  getSessionRules(): Promise<{ id: number }[]>;
  updateDynamicRules(o: { removeRuleIds: number[]; addRules: DnrRule[] }): Promise<void>;
  updateSessionRules(o: { removeRuleIds: number[]; addRules: DnrRule[] }): Promise<void>;
  updateEnabledRulesets(o: { enableRulesetIds: string[]; disableRulesetIds: string[] }): Promise<void>;
};

let running: Promise<void> = Promise.resolve();

/** Whether the manifest ships the installed ruleset (the update test's builds of the design before do not). */
function hasInstalledRuleset(): boolean {
  const manifest = browser.runtime.getManifest() as { declarative_net_request?: { rule_resources?: { id: string }[] } };
  return manifest.declarative_net_request?.rule_resources?.some((r) => r.id === INSTALLED_RULESET_ID) ?? false;
}

/** Applies the rules; calls are queued so that the last one always wins. */
export function syncBlockingRules(): Promise<void> {
  running = running.catch(() => undefined).then(apply);
  return running;
}

async function apply(): Promise<void> {
  const dnr = browser.declarativeNetRequest as unknown as RuleApi;
  // Until the policy is known the rules fail closed (no exception, no quieter level); its answer triggers another pass.
  const [settings, policy, session, permissions, secret] = await Promise.all([
    loadSettings(),
    loadPolicy(() => void syncBlockingRules()),
    sessionAllowedHosts(),
    browser.permissions.getAll(),
    warningSecret(),
  ]);
  const level = effectiveWarningLevel(policy, settings.warningLevel);
  // An administrator who forbids continuing also switches off exceptions made earlier.
  const permanent = bypassAllowed(policy) ? settings.allowedHosts : [];
  const temporary = bypassAllowed(policy) ? session.filter((h) => !permanent.includes(h)) : [];
  const pages = fullPageDomains(bundled.domains, level, settings.alwaysWarnHosts);
  const dynamicRules = [
    ...stopRules(pages, accessTo(permissions.origins ?? []), redirectTarget(secret)),
    ...allowRules(permanent),
  ];
  const sessionRules = allowRules(temporary).map((r) => ({ ...r, id: r.id + 100_000 }));
  // The installed ruleset stops what a new install stops; only the quiet level stops less. Exceptions are allow
  // rules above it, and every other level stops at least as much through the dynamic rules. Switched first, so that
  // once the dynamic rules say what the level is, the installed ruleset agrees.
  const quiet = level === 'badge';
  if (hasInstalledRuleset())
    await dnr.updateEnabledRulesets({
      enableRulesetIds: quiet ? [] : [INSTALLED_RULESET_ID],
      disableRulesetIds: quiet ? [INSTALLED_RULESET_ID] : [],
    });
  // Removing the ids we add as well keeps this correct when a page and the background sync at once.
  const remove = (current: { id: number }[], next: DnrRule[]) => [
    ...new Set([...current.map((r) => r.id), ...next.map((r) => r.id)]),
  ];
  await dnr.updateDynamicRules({
    removeRuleIds: remove(await dnr.getDynamicRules(), dynamicRules),
    addRules: dynamicRules,
  });
  await dnr.updateSessionRules({
    removeRuleIds: remove(await dnr.getSessionRules(), sessionRules),
    addRules: sessionRules,
  });
}
