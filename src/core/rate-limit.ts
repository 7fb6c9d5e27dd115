// A small sliding-window limit, for messages a hostile page can make the listed-page script send (it can fake events
// in its own page, and reload itself). Pure: the caller passes the time; kept in memory, which is enough, because a
// background that was stopped has nothing to protect from a burst that ended.

/**
 * @param max how many events a key may have within `windowMs`
 * @example const allow = rateLimit(2, 1000); allow('tab 1', 0); allow('tab 1', 10); allow('tab 1', 20) // true, true, false
 */
export function rateLimit(max: number, windowMs: number): (key: string, now: number) => boolean {
  const seen = new Map<string, number[]>();
  return (key, now) => {
    const recent = (seen.get(key) ?? []).filter((t) => now - t < windowMs);
    const allowed = recent.length < max;
    if (allowed) recent.push(now);
    if (recent.length === 0) seen.delete(key);
    else seen.set(key, recent);
    // Forget keys that went quiet, so the map stays as small as the set of busy tabs.
    if (seen.size > 1000) for (const [k, times] of seen) if (times.every((t) => now - t >= windowMs)) seen.delete(k);
    return allowed;
  };
}
