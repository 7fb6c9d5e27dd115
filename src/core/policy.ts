// What an administrator set through managed storage (Chrome policy or Firefox policies.json),
// read tolerantly: anything malformed is ignored, never fatal.
import { INSTALLED_LEVEL, parseWarningLevel, type WarningLevel } from './warning-level.ts';

export interface Policy {
  /** False forbids "Continue to the site" and "Don't warn me again". */
  allowBypass: boolean;
  /** Set: the warning level is fixed and the user cannot change it. */
  warningLevel: WarningLevel | null;
  /** A line from the organisation's help desk, shown on a locked warning page. */
  supportMessage: string | null;
  /** Where the help desk is (https, http or mailto), shown with the message. */
  supportUrl: string | null;
}

export const NO_POLICY: Policy = { allowBypass: true, warningLevel: null, supportMessage: null, supportUrl: null };

/** The policy keys an administrator can set (public/managed-schema.json lists the same). */
export const POLICY_KEYS = ['allowBypass', 'warningLevel', 'supportMessage', 'supportUrl'] as const;

const MAX_MESSAGE = 500;

function readSupportUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  try {
    return ['https:', 'http:', 'mailto:'].includes(new URL(value).protocol) ? value : null;
  } catch {
    return null;
  }
}

export function parsePolicy(raw: unknown): Policy {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const message = typeof value.supportMessage === 'string' ? value.supportMessage.trim().slice(0, MAX_MESSAGE) : '';
  return {
    allowBypass: value.allowBypass !== false,
    warningLevel: parseWarningLevel(value.warningLevel),
    supportMessage: message === '' ? null : message,
    supportUrl: readSupportUrl(value.supportUrl),
  };
}

/**
 * The warning level in force: the administrator's when the policy sets one, else the user's choice. While the policy
 * is not known yet (null: the browser has not answered, which can take seconds after it starts, or never), never
 * quieter than what a new install stops: an administrator may have forbidden the quiet level.
 */
export function effectiveWarningLevel(policy: Policy | null, chosen: WarningLevel): WarningLevel {
  if (policy === null) return chosen === 'badge' ? INSTALLED_LEVEL : chosen;
  return policy.warningLevel ?? chosen;
}

/** Whether the user's ways past a warning count: only once the policy is known and allows them (fail closed). */
export function bypassAllowed(policy: Policy | null): boolean {
  return policy?.allowBypass === true;
}

/** The keys the administrator actually set, for the options page's "About" section. */
export function policyInForce(raw: unknown): Record<string, unknown> {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return Object.fromEntries(POLICY_KEYS.filter((k) => k in value).map((k) => [k, value[k]]));
}
