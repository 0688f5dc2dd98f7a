import { prepareCreate } from '../api/objectLifecycle';
import { resourceTypeNamed } from '../api/resources';
import { ObjectStore, WatchEvent } from './ObjectStore';

const services = resourceTypeNamed('services');
const namespaces = resourceTypeNamed('namespaces');

describe('ObjectStore', () => {
  it('counts resourceVersion per cluster across types, and hands out copies', () => {
    const store = new ObjectStore();
    const ns = store.put(
      namespaces,
      prepareCreate(namespaces, { metadata: { name: 'a' } }, undefined, store),
    );
    const svc = store.put(
      services,
      prepareCreate(services, { metadata: { name: 'web' } }, 'a', store),
    );
    expect([
      ns.metadata.resourceVersion,
      svc.metadata.resourceVersion,
      store.resourceVersion,
    ]).toEqual(['1', '2', '2']);

    svc.metadata.labels = { changed: 'outside' };
    expect(store.get(services, 'a', 'web')!.metadata.labels).toBeUndefined();
  });

  it('announces changes, and deleting a namespace deletes its contents first', () => {
    const store = new ObjectStore();
    const events: string[] = [];
    const stop = store.onChange((e: WatchEvent) =>
      events.push(
        `${e.type} ${e.object.kind} ${e.object.metadata.name} ${e.object.metadata.resourceVersion}`,
      ),
    );
    store.put(
      namespaces,
      prepareCreate(namespaces, { metadata: { name: 'a' } }, undefined, store),
    );
    store.put(
      services,
      prepareCreate(services, { metadata: { name: 'web' } }, 'a', store),
    );
    store.put(services, {
      ...store.get(services, 'a', 'web')!,
      spec: { x: 1 },
    });
    store.delete(namespaces, undefined, 'a');
    stop();
    store.put(
      namespaces,
      prepareCreate(namespaces, { metadata: { name: 'b' } }, undefined, store),
    );
    expect(events).toEqual([
      'ADDED Namespace a 1',
      'ADDED Service web 2',
      'MODIFIED Service web 3',
      'DELETED Service web 4',
      'DELETED Namespace a 5',
    ]);
    expect(store.list(services)).toEqual([]);
  });

  it('keeps serving when a listener throws', () => {
    const errors: unknown[] = [];
    const store = new ObjectStore(e => errors.push(e));
    store.onChange(() => {
      throw new Error('boom');
    });
    store.put(
      namespaces,
      prepareCreate(namespaces, { metadata: { name: 'a' } }, undefined, store),
    );
    expect(store.get(namespaces, undefined, 'a')).toBeDefined();
    expect(errors).toHaveLength(1);
  });

  it('keeps a bounded history of changes for watches, and forgets it on compaction', () => {
    const store = new ObjectStore();
    store.historyLimit = 2;
    for (const name of ['a', 'b', 'c']) {
      store.put(
        namespaces,
        prepareCreate(namespaces, { metadata: { name } }, undefined, store),
      );
    }
    // revisions 1..3; only 2 and 3 are kept, so watching from 1 on works
    expect(store.changesAfter(0)).toEqual({ expired: true, oldest: 1 });
    const kept = store.changesAfter(1);
    expect(Array.isArray(kept) && kept.map(e => [e.revision, e.type])).toEqual([
      [2, 'ADDED'],
      [3, 'ADDED'],
    ]);
    store.delete(namespaces, undefined, 'c');
    const deleted = store.changesAfter(3);
    expect(Array.isArray(deleted) && deleted[0]).toMatchObject({
      type: 'DELETED',
      resource: namespaces,
      previous: { metadata: { name: 'c', resourceVersion: '3' } },
      object: { metadata: { name: 'c', resourceVersion: '4' } },
    });
    store.compact();
    expect(store.changesAfter(3)).toEqual({ expired: true, oldest: 4 });
    expect(store.changesAfter(4)).toEqual([]);
  });
});
