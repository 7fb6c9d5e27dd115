// What an administrator set through managed storage (Chrome policy or Firefox policies.json),
// read tolerantly: anything malformed is ignored, never fatal.
import { WARNING_LEVELS, type WarningLevel } from './warning-level.ts';

export interface Policy {
  /** False forbids "Continue to the site" and "Don't warn me again". */
  allowBypass: boolean;
  /** Set: the warning level is fixed and the user cannot change it. */
  warningLevel: WarningLevel | null;
}

export const NO_POLICY: Policy = { allowBypass: true, warningLevel: null };

export function parsePolicy(raw: unknown): Policy {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    allowBypass: value.allowBypass !== false,
    warningLevel: WARNING_LEVELS.includes(value.warningLevel as WarningLevel) ? (value.warningLevel as WarningLevel) : null,
  };
}

/** The warning level in force: the administrator's when the policy sets one, else the user's choice. */
export function effectiveWarningLevel(policy: Policy, chosen: WarningLevel): WarningLevel {
  return policy.warningLevel ?? chosen;
}
