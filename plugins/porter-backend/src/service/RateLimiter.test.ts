import { RateLimiter } from './RateLimiter';

describe('RateLimiter', () => {
  it('allows `limit` events per window and key, and says when the next one is', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take('alice')).toEqual({ allowed: true });
    now = 10_000;
    expect(limiter.take('alice')).toEqual({ allowed: true });
    expect(limiter.take('alice')).toEqual({
      allowed: false,
      retryAfterMs: 50_000,
    });
    expect(limiter.take('bob')).toEqual({ allowed: true });
    now = 60_001;
    expect(limiter.take('alice')).toEqual({ allowed: true });
  });
});
