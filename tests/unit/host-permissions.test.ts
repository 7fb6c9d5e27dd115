import { describe, expect, it } from 'vitest';
import { hostPermissionPatterns } from '../../src/pipeline/host-permissions.ts';

describe('hostPermissionPatterns', () => {
  it('gives one pattern per listed domain, covering its subdomains, sorted', () => {
    expect(hostPermissionPatterns(['leakbase.la', 'cracked.io'])).toEqual([
      '*://*.cracked.io/*',
      '*://*.leakbase.la/*',
    ]);
  });
  it('skips a domain already covered by a listed parent', () => {
    expect(hostPermissionPatterns(['www.warzone.ws', 'warzone.ws'])).toEqual(['*://*.warzone.ws/*']);
  });
});
