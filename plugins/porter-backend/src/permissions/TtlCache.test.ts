import { TtlCache } from './TtlCache';

describe('TtlCache', () => {
  it('reuses an answer until it expires, and shares one computation', async () => {
    let now = 0;
    let computed = 0;
    const cache = new TtlCache<number>(1000, () => now);
    const compute = async () => ++computed;
    const [a, b] = await Promise.all([
      cache.get('k', compute),
      cache.get('k', compute),
    ]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    now = 999;
    expect(await cache.get('k', compute)).toBe(1);
    now = 1000;
    expect(await cache.get('k', compute)).toBe(2);
  });

  it('does not keep failures', async () => {
    const cache = new TtlCache<number>(1000, () => 0);
    await expect(
      cache.get('k', async () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await cache.get('k', async () => 7)).toBe(7);
  });

  it('asks every time with no TTL, and keeps at most maxEntries', async () => {
    let computed = 0;
    const none = new TtlCache<number>(0);
    await none.get('k', async () => ++computed);
    await none.get('k', async () => ++computed);
    expect(computed).toBe(2);
    const small = new TtlCache<string>(1000, () => 0, 2);
    await small.get('a', async () => 'a1');
    await small.get('b', async () => 'b1');
    await small.get('c', async () => 'c1');
    expect(await small.get('a', async () => 'a2')).toBe('a2');
    expect(await small.get('c', async () => 'c2')).toBe('c1');
  });
});
