/**
 * At most `limit` events per key in any `windowMs`, in this process (a
 * sliding window of timestamps). Each backend replica counts on its own.
 */
export class RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an event for `key`, or returns the milliseconds until one is allowed. */
  take(
    key: string,
  ): { allowed: true } | { allowed: false; retryAfterMs: number } {
    const now = this.now();
    const recent = (this.events.get(key) ?? []).filter(
      t => t > now - this.windowMs,
    );
    if (recent.length >= this.limit) {
      this.events.set(key, recent);
      return { allowed: false, retryAfterMs: recent[0] + this.windowMs - now };
    }
    recent.push(now);
    this.events.set(key, recent);
    if (this.events.size > 10_000) this.sweep(now);
    return { allowed: true };
  }

  private sweep(now: number) {
    for (const [key, times] of this.events) {
      if (times.every(t => t <= now - this.windowMs)) this.events.delete(key);
    }
  }
}
