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

  it('answers several keys with one computation of the missing ones', async () => {
    let now = 0;
    const asked: string[][] = [];
    const cache = new TtlCache<string>(1000, () => now);
    const compute = async (missing: string[]) => {
      asked.push(missing);
      return new Map(missing.map(k => [k, `${k}@${now}`]));
    };
    await cache.get('a', async () => 'a-single');
    const first = await cache.getMany(['a', 'b', 'c', 'b'], compute);
    expect([...first]).toEqual([
      ['a', 'a-single'],
      ['b', 'b@0'],
      ['c', 'c@0'],
    ]);
    expect(asked).toEqual([['b', 'c']]);
    // Kept for single reads too, until they expire.
    expect(await cache.get('c', async () => 'c-single')).toBe('c@0');
    now = 1000;
    const later = await cache.getMany(['b'], compute);
    expect(later.get('b')).toBe('b@1000');
    expect(asked).toEqual([['b', 'c'], ['b']]);
  });

  it('does not keep a failed batch', async () => {
    const cache = new TtlCache<string>(1000, () => 0);
    await expect(
      cache.getMany(['a'], async () => {
        throw new Error('catalog down');
      }),
    ).rejects.toThrow('catalog down');
    const again = await cache.getMany(
      ['a'],
      async () => new Map([['a', 'ok']]),
    );
    expect(again.get('a')).toBe('ok');
  });
});
