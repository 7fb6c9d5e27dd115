// Some tests write to system folders (browser policies, external extensions), which only root may do, as in CI.
import { accessSync, constants, mkdirSync } from 'node:fs';

/**
 * Why `dir` cannot be written here (`cannot write <what> (needs root)`), or null once it exists and is writable.
 * Under CI=true an unwritable folder is a failure, not a reason to skip.
 */
export function unwritableFolder(dir: string, what: string): string | null {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return null;
  } catch {
    if (process.env.CI === 'true') throw new Error(`CI=true and ${dir} is not writable`);
    return `cannot write ${what} (needs root)`;
  }
}
