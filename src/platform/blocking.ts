// Keeps the browser's declarativeNetRequest rules equal to what the settings, the policy and the
// user's exceptions ask for. Rules are replaced as a whole, so running it twice is harmless.
import { allowRules, redirectRules, type DnrRule } from '../core/blocking-rules.ts';
import { effectiveWarningLevel } from '../core/policy.ts';
import browser from './browser.ts';
import { bundled } from './bundled-index.ts';
import { sessionAllowedHosts } from './exceptions.ts';
import { loadPolicy } from './policy-store.ts';
import { loadSettings } from './settings-store.ts';
import { warningPageUrl } from './warning-page-url.ts';

type RuleApi = {
  getDynamicRules(): Promise<{ id: number }[]>;
  getSessionRules(): Promise<{ id: number }[]>;
  updateDynamicRules(o: { removeRuleIds: number[]; addRules: DnrRule[] }): Promise<void>;
  updateSessionRules(o: { removeRuleIds: number[]; addRules: DnrRule[] }): Promise<void>;
};

let running: Promise<void> = Promise.resolve();

/** Applies the rules; calls are queued so that the last one always wins. */
export function syncBlockingRules(): Promise<void> {
  running = running.catch(() => undefined).then(apply);
  return running;
}

async function apply(): Promise<void> {
  const dnr = browser.declarativeNetRequest as unknown as RuleApi;
  // A policy that arrives late triggers another pass, so it is never left out.
  const [settings, policy, session] = await Promise.all([loadSettings(), loadPolicy(() => void syncBlockingRules()), sessionAllowedHosts()]);
  const level = effectiveWarningLevel(policy, settings.warningLevel);
  // An administrator who forbids continuing also switches off exceptions made earlier.
  const permanent = policy.allowBypass ? settings.allowedHosts : [];
  const temporary = policy.allowBypass ? session.filter((h) => !permanent.includes(h)) : [];
  const dynamicRules = [...redirectRules(bundled.domains, level, warningPageUrl(), settings.alwaysWarnHosts), ...allowRules(permanent)];
  const sessionRules = allowRules(temporary).map((r) => ({ ...r, id: r.id + 100_000 }));
  // Removing the ids we add as well keeps this correct when a page and the background sync at once.
  const remove = (current: { id: number }[], next: DnrRule[]) => [...new Set([...current.map((r) => r.id), ...next.map((r) => r.id)])];
  await dnr.updateDynamicRules({ removeRuleIds: remove(await dnr.getDynamicRules(), dynamicRules), addRules: dynamicRules });
  await dnr.updateSessionRules({ removeRuleIds: remove(await dnr.getSessionRules(), sessionRules), addRules: sessionRules });
}
