// The one content script, registered at run time for the listed sites the user has granted, never for any
// other site: on a page that is not listed no code of the extension runs and the background is not started.
// Registered here rather than in the manifest, because manifest content scripts count as host access and
// every list update would then be a permission increase (see README, "Updates").
import { contentScriptMatches } from '../core/content-script-plan.ts';
import { effectiveWarningLevel, NO_POLICY, type Policy } from '../core/policy.ts';
import browser from './browser.ts';
import { bundled, matcher } from './bundled-index.ts';
import { sessionAllowedHosts } from './exceptions.ts';
import { currentPlan } from './host-access.ts';
import { readPolicy } from './policy-store.ts';
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
 * user's exceptions (src/core/content-script-plan.ts). Called by the background only (see listedPageScriptReady),
 * when access, settings or exceptions change.
 */
export async function syncListedPageScript(granted?: readonly string[], policy: Policy | null = null): Promise<void> {
  const [grantedNow, settings, session] = await Promise.all([
    granted ?? currentPlan().then((p) => p.granted),
    loadSettings(),
    sessionAllowedHosts(),
  ]);
  // Registered at once without waiting for the policy (Chromium may take seconds to answer right after it
  // starts): without a policy the exceptions count, which can only add sites. Once the policy is known, again.
  const rules = policy ?? NO_POLICY;
  await syncContentScripts(
    contentScriptMatches({
      granted: grantedNow,
      domains: bundled.domains,
      matcher,
      level: effectiveWarningLevel(rules, settings.warningLevel),
      alwaysPage: settings.alwaysWarnHosts,
      allowedHosts: rules.allowBypass ? [...settings.allowedHosts, ...session] : [],
    }),
  );
  if (policy === null)
    void readPolicy()
      .then((known) => syncListedPageScript(undefined, known))
      .catch(() => undefined);
}

/**
 * Waits (up to `timeoutMs`) until the script is registered for `domain`, which the background does when an
 * exception is stored. Pages only read the registration: Firefox ESR 153 stops injecting a script registered
 * from a page once that page unloads (measured), so only the background registers.
 */
export async function listedPageScriptReady(domain: string, timeoutMs = 2000): Promise<boolean> {
  const scripting = browser.scripting as unknown as Scripting;
  const covers = (pattern: string) => {
    const d = pattern.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, '');
    return domain === d || domain.endsWith(`.${d}`);
  };
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const [current] = await scripting.getRegisteredContentScripts({ ids: [ID] });
    if ((current?.matches ?? []).some(covers)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
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
  const script = {
    id: ID,
    matches,
    js: [CONTENT_SCRIPT_PATH],
    runAt: 'document_start',
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (current) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}
