// npm run bench works: run once at the small size (a 200-domain synthetic list, a few samples). Only that it runs
// and reports every figure is checked; the timings themselves are never asserted (these machines are noisy).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths.ts';

const REQUIRED = [
  'unlisted_worker_starts_per_100_chromium',
  'unlisted_worker_starts_per_100_firefox',
  'warning_paint_ratio_vs_static',
  'warning_paint_ratio_10k_vs_real',
  'popup_ratio_10k_vs_real',
  'rules_install_ms_10k',
  'zip_bytes_real',
  'zip_bytes_10k',
  'unlisted_page_ratio_10k_vs_real',
  'machine',
];

describe('npm run bench -- --small', () => {
  it('prints a table and, as its last line, one JSON object with every figure', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    const out = execFileSync('npm', ['run', '--silent', 'bench', '--', '--small'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 600_000,
    });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^browser\s+list\s+domains/);
    const result = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    for (const key of REQUIRED) expect(result, key).toHaveProperty(key);
    expect(result.size).toBe('small');
    for (const key of REQUIRED.filter((k) => k !== 'machine')) expect(typeof result[key], key).toBe('number');
    // The floor (an extension page with only a heading) is measured in each browser, in the same run.
    for (const key of ['floor_ratio_vs_static', 'warning_paint_ratio_vs_floor', 'floor_ratio_10k_vs_real'])
      expect(result[key], key).toMatchObject({ chromium: expect.any(Number), firefox: expect.any(Number) });
    // Background starts on unlisted pages, also for a new user who answered nothing.
    for (const key of ['unlisted_worker_starts_per_100_no_access', 'unlisted_worker_starts_per_100_no_access_10k'])
      expect(result[key], key).toMatchObject({ chromium: expect.any(Number), firefox: expect.any(Number) });
    expect(typeof result.unlisted_page_ratio_no_access_vs_access).toBe('number');
    expect(result.machine).toMatchObject({
      chromium: expect.stringMatching(/Chromium/),
      firefox: expect.stringMatching(/Firefox/),
    });
  }, 660_000);
});
