import type { KubernetesObject } from '@internal/plugin-porter-common';
import { SERVICE } from '../kinds';
import type { ListPage, ListWatchSource } from './ListWatchSource';
import { Reflector } from './Reflector';
import {
  changeLog,
  fakeSource,
  manualTimers,
  settle,
  svc,
} from './reflectorFakes';

/** These cases list then watch; Reflector.streaming.test.ts covers streaming lists. */
const listing = { streamingLists: false };

describe('Reflector', () => {
  it('lists, then watches from the list version and applies events', async () => {
    const fake = fakeSource();
    fake.lists.push({ items: [svc('a', '1')], resourceVersion: '10' });
    const { changes, onChange } = changeLog();
    const reflector = new Reflector({
      ...listing,
      kind: SERVICE,
      source: fake.source,
      onChange,
    });
    reflector.start();
    await settle();
    expect(reflector.synced).toBe(true);
    expect(fake.watches[0].resourceVersion).toBe('10');

    fake.watches[0].push({ type: 'ADDED', object: svc('b', '11') });
    fake.watches[0].push({ type: 'MODIFIED', object: svc('a', '12') });
    fake.watches[0].push({ type: 'DELETED', object: svc('b', '13') });
    fake.watches[0].push({
      type: 'BOOKMARK',
      object: { metadata: { resourceVersion: '20' } },
    });
    expect([...reflector.store.all()].map(o => o.metadata.name)).toEqual(['a']);
    expect(reflector.store.get('ns', 'a')?.metadata.resourceVersion).toBe('12');
    expect(changes).toEqual(['->a', '->b', 'a>a', 'b>-']);

    // A clean end (the server's timeout) resumes from the last version, bookmark included.
    fake.watches[0].end();
    await settle();
    expect(fake.watches[1].resourceVersion).toBe('20');
    expect(fake.listCalls).toHaveLength(1);
    reflector.stop();
  });

  it('pages through a long list', async () => {
    const fake = fakeSource();
    fake.lists.push(
      { items: [svc('a', '1')], resourceVersion: '5', continue: 'next' },
      { items: [svc('b', '2')], resourceVersion: '5' },
    );
    const reflector = new Reflector({
      ...listing,
      kind: SERVICE,
      source: fake.source,
    });
    reflector.start();
    await settle();
    expect(fake.listCalls).toEqual([
      { continue: undefined },
      { continue: 'next' },
    ]);
    expect(reflector.store.size).toBe(2);
    reflector.stop();
  });

  it('lists again after 410 Gone, telling listeners what changed meanwhile', async () => {
    const fake = fakeSource();
    fake.lists.push({
      items: [svc('a', '1'), svc('b', '2')],
      resourceVersion: '5',
    });
    const { changes, onChange } = changeLog();
    const reflector = new Reflector({
      ...listing,
      kind: SERVICE,
      source: fake.source,
      onChange,
    });
    reflector.start();
    await settle();
    changes.length = 0;

    fake.lists.push({
      items: [svc('a', '7'), svc('c', '8')],
      resourceVersion: '9',
    });
    fake.watches[0].push({
      type: 'ERROR',
      object: {
        kind: 'Status',
        code: 410,
        message: 'too old resource version',
      },
    });
    await settle();
    expect(fake.listCalls).toHaveLength(2);
    expect(fake.watches[1].resourceVersion).toBe('9');
    expect(changes.sort()).toEqual(['->c', 'a>a', 'b>-']);
    expect(reflector.synced).toBe(true);
    reflector.stop();
  });

  it('treats an HTTP 410 on connecting like the event', async () => {
    const fake = fakeSource();
    fake.lists.push(
      { items: [], resourceVersion: '5' },
      { items: [], resourceVersion: '6' },
    );
    const reflector = new Reflector({
      ...listing,
      kind: SERVICE,
      source: fake.source,
    });
    reflector.start();
    await settle();
    fake.watches[0].end(Object.assign(new Error('Gone'), { statusCode: 410 }));
    await settle();
    expect(fake.watches[1].resourceVersion).toBe('6');
    reflector.stop();
  });

  it('reports a failure and retries with growing back-off until the cluster answers', async () => {
    const fake = fakeSource();
    const timers = manualTimers();
    fake.lists.push({ items: [svc('a', '1')], resourceVersion: '5' });
    let states = 0;
    const reflector = new Reflector({
      ...listing,
      kind: SERVICE,
      source: fake.source,
      setTimeout: timers.schedule,
      backoff: { initialMs: 100, maxMs: 350 },
      // Long, so the test's retry timers are the back-off alone.
      connectTimeoutMs: 600_000,
      onState: () => states++,
    });
    reflector.start();
    await settle();
    expect(reflector.synced).toBe(true);

    fake.watches[0].end(new Error('connect ECONNREFUSED'));
    await settle();
    expect(reflector.synced).toBe(false);
    expect(reflector.error?.message).toBe('connect ECONNREFUSED');
    // What Porter knew stays in view while the cluster is away.
    expect(reflector.store.size).toBe(1);

    // The retries fail too; the delay grows and stops at the cap.
    const delays: number[] = [];
    fake.failLists(new Error('still down'));
    // Re-watching from the version does not list; make the watch fail to see the back-off.
    for (let i = 0; i < 3; i++) {
      delays.push(...timers.fireRetries());
      await settle();
      fake.watches[fake.watches.length - 1].end(new Error('still down'));
      await settle();
    }
    expect(delays.length).toBe(3);
    expect(delays[0]).toBeGreaterThanOrEqual(80);
    expect(delays[0]).toBeLessThanOrEqual(120);
    expect(delays[2]).toBeLessThanOrEqual(350 * 1.2);
    expect(delays[1]).toBeGreaterThan(delays[0]);

    timers.fireRetries();
    await settle();
    expect(reflector.synced).toBe(true);
    expect(reflector.error).toBeUndefined();
    expect(states).toBeGreaterThanOrEqual(2);
    reflector.stop();
  });

  it("applies Porter's own writes at once and ignores a replay of the same version", async () => {
    const fake = fakeSource();
    fake.lists.push({ items: [], resourceVersion: '5' });
    const changes: string[] = [];
    const reflector = new Reflector({
      ...listing,
      kind: SERVICE,
      source: fake.source,
      onChange: (_b, after) =>
        changes.push(String(after?.metadata.resourceVersion ?? '-')),
    });
    reflector.start();
    await settle();
    reflector.record(svc('x', '6'));
    expect(reflector.store.get('ns', 'x')).toBeDefined();
    fake.watches[0].push({ type: 'ADDED', object: svc('x', '6') });
    expect(changes).toEqual(['6']);
    reflector.record(undefined, svc('x', '6'));
    expect(reflector.store.get('ns', 'x')).toBeUndefined();
    reflector.stop();
  });

  it("never lets a write's answer replace a later version the watch brought", async () => {
    const fake = fakeSource();
    fake.lists.push({ items: [svc('x', '5')], resourceVersion: '5' });
    const reflector = new Reflector({
      ...listing,
      kind: SERVICE,
      source: fake.source,
    });
    reflector.start();
    await settle();
    // Porter's write made version 6; the load balancer's status, 7, came first through the watch.
    fake.watches[0].push({ type: 'MODIFIED', object: svc('x', '6') });
    fake.watches[0].push({ type: 'MODIFIED', object: svc('x', '7') });
    reflector.record(svc('x', '6'));
    expect(reflector.store.get('ns', 'x')?.metadata.resourceVersion).toBe('7');
    reflector.record(undefined, svc('x', '6'));
    expect(reflector.store.get('ns', 'x')).toBeDefined();
    reflector.stop();
  });

  it('gives up on a watch that is never answered, and tries again', async () => {
    const timers = manualTimers();
    const lists: ListPage[] = [{ items: [], resourceVersion: '5' }];
    let connects = 0;
    const source: ListWatchSource = {
      listPage: async () => lists.shift()!,
      watch: () => {
        connects++;
        return new Promise(() => {}); // never answered
      },
    };
    const reflector = new Reflector({
      ...listing,
      kind: SERVICE,
      source,
      setTimeout: timers.schedule,
      connectTimeoutMs: 500,
      backoff: { initialMs: 100, maxMs: 100 },
    });
    reflector.start();
    await settle();
    expect(reflector.synced).toBe(true);
    expect(timers.fireRetries()).toEqual([500]);
    await settle();
    expect(reflector.error?.message).toBe(
      'no answer to the watch within 500 ms',
    );
    timers.fireRetries();
    await settle();
    expect(connects).toBe(2);
    reflector.stop();
  });

  it('keeps only what the trim keeps', async () => {
    const fake = fakeSource();
    fake.lists.push({
      items: [{ ...svc('a', '1'), status: { loadBalancer: {} } }],
      resourceVersion: '5',
    });
    const reflector = new Reflector({
      ...listing,
      kind: SERVICE,
      source: fake.source,
      trim: ({ status: _status, ...rest }) => rest as KubernetesObject,
    });
    reflector.start();
    await settle();
    expect(reflector.store.get('ns', 'a')).not.toHaveProperty('status');
    reflector.stop();
  });
});
