import { describe, expect, it } from 'vitest';
import { rateLimit } from '../../src/core/rate-limit.ts';

describe('rateLimit', () => {
  it('allows `max` events per key within the window, then refuses until the window has moved on', () => {
    const allow = rateLimit(3, 1000);
    expect([0, 10, 20, 30, 40].map((t) => allow('tab 1', t))).toEqual([true, true, true, false, false]);
    expect(allow('tab 2', 40), 'another key has its own count').toBe(true);
    expect(allow('tab 1', 1005), 'the first event left the window').toBe(true);
    expect(allow('tab 1', 1006)).toBe(false);
  });
  it('2,000 synthetic events in a burst give at most `max` messages', () => {
    const allow = rateLimit(6, 10_000);
    expect(Array.from({ length: 2000 }, (_, i) => allow('tab 7', i)).filter(Boolean)).toHaveLength(6);
  });
  it('keeps its memory bounded when many keys go quiet', () => {
    const allow = rateLimit(1, 100);
    for (let i = 0; i < 5000; i++) allow(`tab ${i}`, i * 200);
    expect(allow('tab 4999', 4999 * 200 + 50)).toBe(false);
    expect(allow('tab 1', 4999 * 200 + 50)).toBe(true);
  });
});
