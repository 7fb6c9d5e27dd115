import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChangelog } from '../../src/publish/changelog.ts';
import type { ReleaseSnapshot } from '../../src/pipeline/release-snapshot.ts';

const first: ReleaseSnapshot = {
  version: '2026.1.5',
  date: '2026-01-05',
  operations: ['alpha', 'beta'],
  domains: {
    'alpha.example': { operation: 'alpha', status: 'seized', confidence: 'medium' },
    'beta.example': { operation: 'beta', status: 'seized', confidence: 'high' },
    'old-beta.example': { operation: 'beta', status: 'used', confidence: 'medium' },
  },
};
const second: ReleaseSnapshot = {
  version: '2026.2.1',
  date: '2026-02-01',
  operations: ['alpha', 'beta', 'gamma'],
  domains: {
    'alpha.example': { operation: 'alpha', status: 'seized', confidence: 'high' },
    'beta.example': { operation: 'beta', status: 'seized', confidence: 'high' },
    'gamma.example': { operation: 'gamma', status: 'offline', confidence: 'medium' },
  },
};
const names = { alpha: 'Alpha Market', beta: 'Beta Forum', gamma: 'Gamma Booter' };

describe('renderChangelog', () => {
  const text = renderChangelog({
    snapshots: [second, first],
    operationNames: names,
    reviewLog: [
      {
        date: '2026-02-01',
        operation: 'alpha',
        domain: 'alpha.example',
        change: 'confidence',
        from: 'medium',
        to: 'high',
        reason: 'A second report names it.',
      },
      {
        date: '2026-02-01',
        operation: 'beta',
        domain: 'old-beta.example',
        change: 'removed',
        reason: 'Nothing ties it to the forum.',
      },
      {
        date: '2026-02-01',
        operation: 'gamma',
        domain: 'gamma.example',
        change: 'added',
        reason: 'A police release names it.',
      },
      {
        date: '2026-01-20',
        operation: 'beta',
        change: 'corrected',
        from: 'FBI',
        to: 'the U.S. Attorney',
        reason: "The message is the attorney's.",
      },
      {
        date: '2025-12-01',
        operation: 'alpha',
        domain: 'alpha.example',
        change: 'confidence',
        from: 'low',
        to: 'medium',
        reason: 'An older change.',
      },
    ],
  });

  it('puts the newest release first and says what the first list held', () => {
    expect(text.indexOf('## 2026.2.1')).toBeGreaterThan(0);
    expect(text.indexOf('## 2026.2.1')).toBeLessThan(text.indexOf('## 2026.1.5'));
    expect(text).toContain('First list: 2 operations, 3 domains.');
    expect(text).toContain('3 operations, 3 domains; since 2026.1.5: 1 added, 1 changed, 1 removed.');
  });

  it('names added operations and domains, and gives each change and removal its reason from the review log', () => {
    expect(text).toContain('### Operations added\n\n- Gamma Booter');
    expect(text).toContain(
      '- Gamma Booter: `gamma.example` (offline, medium confidence). Why: A police release names it.',
    );
    expect(text).toContain(
      '- `alpha.example` (Alpha Market): confidence medium → high. Why: A second report names it.',
    );
    expect(text).not.toContain('An older change.');
    expect(text).toContain(
      '- `old-beta.example` (was Beta Forum, medium confidence). Why: Nothing ties it to the forum.',
    );
  });

  it('lists every other record of the release, such as a corrected fact, with what it was and why', () => {
    expect(text).toContain(
      "### Corrected\n\n- Beta Forum: Was: FBI. Now: the U.S. Attorney. Why: The message is the attorney's.",
    );
    expect(text.match(/A second report names it\./g)).toHaveLength(1);
  });

  it('is the CHANGELOG.md in the repository (npm run release wrote it from the same data)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'CHANGELOG.md'), 'utf8');
    expect(committed).toMatch(/^# Changelog\n/);
    expect(committed).toContain('## 2026.11.25 (list of 2026-11-25)');
  });
});
