import { describe, expect, it } from 'vitest';
import { contentScriptMatches } from '../../src/core/content-script-plan.ts';
import type { DomainIndexEntry } from '../../src/core/dataset-types.ts';
import { createMatcher } from '../../src/core/matcher.ts';

const domains: Record<string, DomainIndexEntry> = {
  'confirmed.example': { operation: 'a', status: 'seized', confidence: 'high' },
  'reported.example': { operation: 'a', status: 'seized', confidence: 'medium' },
  'relaunch.example': { operation: 'a', status: 'suspected-relaunch', confidence: 'medium' },
  'lapsed.example': { operation: 'a', status: 'lapsed', confidence: 'high' },
  'parent.example': { operation: 'b', status: 'seized', confidence: 'high' },
  'forum.parent.example': { operation: 'b', status: 'used', confidence: 'medium' },
};
const granted = [
  '*://*.confirmed.example/*',
  '*://*.reported.example/*',
  '*://*.relaunch.example/*',
  '*://*.lapsed.example/*',
  '*://*.parent.example/*',
];
const plan = (over: Partial<Parameters<typeof contentScriptMatches>[0]>) =>
  contentScriptMatches({
    granted,
    domains,
    matcher: createMatcher(domains),
    level: 'recommended',
    alwaysPage: [],
    allowedHosts: [],
    ...over,
  });

describe('contentScriptMatches', () => {
  it('leaves out the sites the browser swaps for the full-page warning', () => {
    expect(plan({})).toEqual(['*://*.reported.example/*', '*://*.lapsed.example/*', '*://*.parent.example/*']);
  });

  it('keeps a parent pattern when a listed domain under it needs the script', () => {
    expect(plan({})).toContain('*://*.parent.example/*');
    expect(plan({ level: 'all' })).toEqual(['*://*.lapsed.example/*']);
  });

  it('adds the sites the user lets through, and drops those always shown as a full page', () => {
    expect(plan({ level: 'all', allowedHosts: ['www.confirmed.example'] })).toEqual([
      '*://*.confirmed.example/*',
      '*://*.lapsed.example/*',
    ]);
    expect(plan({ alwaysPage: ['reported.example'] })).not.toContain('*://*.reported.example/*');
  });

  it('registers every granted site at level "badge", and nothing that was not granted', () => {
    expect(plan({ level: 'badge' })).toEqual(granted);
    expect(plan({ level: 'badge', granted: ['*://*.reported.example/*'] })).toEqual(['*://*.reported.example/*']);
  });
});
