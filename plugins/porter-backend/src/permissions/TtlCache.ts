/**
 * Answers kept for a short time, keyed by string. A failed computation is
 * not kept, and concurrent requests for one key share one computation.
 */
export class TtlCache<T> {
  private readonly entries = new Map<
    string,
    { value: Promise<T>; expires: number }
  >();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    /** Entries kept at most; the oldest go first. */
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    return this.fresh(key) ?? this.keep(key, compute());
  }

  /**
   * Several answers at once: the kept ones, and the others from one
   * computation of all that are missing (which returns them by key).
   */
  async getMany(
    keys: string[],
    computeMissing: (missing: string[]) => Promise<Map<string, T>>,
  ): Promise<Map<string, T>> {
    const unique = [...new Set(keys)];
    const found = new Map<string, Promise<T>>();
    const missing: string[] = [];
    for (const key of unique) {
      const hit = this.ttlMs > 0 ? this.fresh(key) : undefined;
      if (hit) found.set(key, hit);
      else missing.push(key);
    }
    if (missing.length > 0) {
      const batch = computeMissing(missing);
      for (const key of missing) {
        const value = batch.then(answers => answers.get(key) as T);
        found.set(key, this.ttlMs > 0 ? this.keep(key, value) : value);
      }
    }
    const values = await Promise.all(unique.map(key => found.get(key)!));
    return new Map(unique.map((key, i) => [key, values[i]]));
  }

  private fresh(key: string): Promise<T> | undefined {
    const hit = this.entries.get(key);
    return hit && hit.expires > this.now() ? hit.value : undefined;
  }

  private keep(key: string, value: Promise<T>): Promise<T> {
    const now = this.now();
    this.entries.delete(key);
    this.entries.set(key, { value, expires: now + this.ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
