// The one content script, registered at run time for the listed sites the user has granted, never for any
// other site: on a page that is not listed no code of the extension runs and the background is not started.
// Registered here rather than in the manifest, because manifest content scripts count as host access and
// every list update would then be a permission increase (see README, "Updates").
import { contentScriptMatches } from '../core/content-script-plan.ts';
import { effectiveWarningLevel } from '../core/policy.ts';
import browser from './browser.ts';
import { bundled, matcher } from './bundled-index.ts';
import { sessionAllowedHosts } from './exceptions.ts';
import { currentPlan } from './host-access.ts';
import { loadPolicy } from './policy-store.ts';
import { loadSettings } from './settings-store.ts';

const ID = 'listed-page';
export const CONTENT_SCRIPT_PATH = 'content/listed-page.js';

type Scripting = {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  registerContentScripts(scripts: object[]): Promise<void>;
  updateContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
};

let running: Promise<void> = Promise.resolve();

/**
 * Registers the script for the granted listed sites that need it at the current warning level, with the
 * user's exceptions (src/core/content-script-plan.ts). Called by the background when access, settings or
 * exceptions change, and by the warning page before it lets a host through, so its badge is there at once.
 */
export async function syncListedPageScript(granted?: readonly string[]): Promise<void> {
  const [plan, settings, policy, session] = await Promise.all([granted ? null : currentPlan(), loadSettings(), loadPolicy(() => void syncListedPageScript()), sessionAllowedHosts()]);
  await syncContentScripts(contentScriptMatches({
    granted: granted ?? plan!.granted,
    domains: bundled.domains,
    matcher,
    level: effectiveWarningLevel(policy, settings.warningLevel),
    alwaysPage: settings.alwaysWarnHosts,
    allowedHosts: policy.allowBypass ? [...settings.allowedHosts, ...session] : [],
  }));
}

/** Keeps the registration equal to the given patterns; calls are queued so the last one wins. */
export function syncContentScripts(granted: readonly string[]): Promise<void> {
  running = running.catch(() => undefined).then(() => apply([...granted].sort()));
  return running;
}

async function apply(matches: string[]): Promise<void> {
  const scripting = browser.scripting as unknown as Scripting;
  const [current] = await scripting.getRegisteredContentScripts({ ids: [ID] });
  if (matches.length === 0) {
    if (current) await scripting.unregisterContentScripts({ ids: [ID] });
    return;
  }
  if (current && JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify(matches)) return;
  const script = { id: ID, matches, js: [CONTENT_SCRIPT_PATH], runAt: 'document_start', allFrames: false, persistAcrossSessions: true };
  if (current) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}
