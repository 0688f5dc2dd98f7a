import { SERVICE } from '../kinds';
import { Reflector } from './Reflector';
import {
  changeLog,
  fakeSource,
  manualTimers,
  settle,
  svc,
} from './reflectorFakes';
import { INITIAL_EVENTS_END } from './watchProtocol';

const endOfInitialEvents = (resourceVersion: string) => ({
  type: 'BOOKMARK' as const,
  object: {
    metadata: {
      resourceVersion,
      annotations: { [INITIAL_EVENTS_END]: 'true' },
    },
  },
});

const refused = (statusCode: number) =>
  Object.assign(new Error('Unprocessable Entity'), { statusCode });

const names = (reflector: Reflector) =>
  [...reflector.store.all()].map(o => o.metadata.name).sort();

/** A reflector on a fake source, started, its changes logged. */
async function started() {
  const fake = fakeSource();
  const { changes, onChange } = changeLog();
  const reflector = new Reflector({
    kind: SERVICE,
    source: fake.source,
    onChange,
  });
  reflector.start();
  await settle();
  return { fake, reflector, changes };
}

describe('Reflector with streaming lists', () => {
  it('reads the state from the watch itself: no list, one request', async () => {
    const { fake, reflector, changes } = await started();
    expect(fake.watches).toHaveLength(1);
    expect(fake.watches[0]).toMatchObject({
      resourceVersion: '',
      sendInitialEvents: true,
    });

    // Until the bookmark that ends the initial events, nothing is in view.
    fake.watches[0].push({ type: 'ADDED', object: svc('a', '3') });
    fake.watches[0].push({ type: 'ADDED', object: svc('b', '7') });
    fake.watches[0].push({
      type: 'BOOKMARK',
      object: { metadata: { resourceVersion: '8' } },
    });
    expect(reflector.synced).toBe(false);
    expect(reflector.store.size).toBe(0);

    fake.watches[0].push(endOfInitialEvents('9'));
    expect(reflector.synced).toBe(true);
    expect(names(reflector)).toEqual(['a', 'b']);
    expect(changes).toEqual(['->a', '->b']);

    // Then it is a watch like any other, on the same connection.
    fake.watches[0].push({ type: 'DELETED', object: svc('a', '10') });
    expect(names(reflector)).toEqual(['b']);

    // A clean end resumes from the last version, without the state again.
    fake.watches[0].end();
    await settle();
    expect(fake.watches[1]).toMatchObject({
      resourceVersion: '10',
      sendInitialEvents: false,
    });
    expect(fake.listCalls).toHaveLength(0);
    reflector.stop();
  });

  it('after 410 Gone streams the state again and swaps it in whole', async () => {
    const { fake, reflector, changes } = await started();
    fake.watches[0].push({ type: 'ADDED', object: svc('a', '1') });
    fake.watches[0].push({ type: 'ADDED', object: svc('b', '2') });
    fake.watches[0].push(endOfInitialEvents('5'));
    changes.length = 0;

    fake.watches[0].push({
      type: 'ERROR',
      object: { code: 410, message: 'too old resource version' },
    });
    await settle();
    expect(fake.watches[1]).toMatchObject({
      resourceVersion: '',
      sendInitialEvents: true,
    });
    // The old state stays in view while the new one streams in.
    fake.watches[1].push({ type: 'ADDED', object: svc('b', '2') });
    fake.watches[1].push({ type: 'ADDED', object: svc('c', '40') });
    expect(names(reflector)).toEqual(['a', 'b']);

    fake.watches[1].push(endOfInitialEvents('41'));
    expect(names(reflector)).toEqual(['b', 'c']);
    // Only what changed meanwhile is told: c came, a went; b is the same version.
    expect(changes).toEqual(['->c', 'a>-']);
    expect(reflector.synced).toBe(true);
    reflector.stop();
  });

  it.each([422, 400])(
    'lists and watches from then on when the server refuses a streaming list (%i)',
    async status => {
      const fake = fakeSource();
      fake.lists.push(
        { items: [svc('a', '1')], resourceVersion: '5' },
        { items: [svc('a', '1')], resourceVersion: '30' },
      );
      const reflector = new Reflector({ kind: SERVICE, source: fake.source });
      reflector.start();
      await settle();
      fake.watches[0].end(refused(status));
      await settle();

      expect(reflector.streaming).toBe(false);
      expect(reflector.error).toBeUndefined();
      expect(fake.listCalls).toHaveLength(1);
      expect(fake.watches[1]).toMatchObject({
        resourceVersion: '5',
        sendInitialEvents: false,
      });
      expect(reflector.synced).toBe(true);

      // A later 410 lists again rather than trying a stream.
      fake.watches[1].end(
        Object.assign(new Error('Gone'), { statusCode: 410 }),
      );
      await settle();
      expect(fake.listCalls).toHaveLength(2);
      expect(fake.watches[2].sendInitialEvents).toBe(false);
      reflector.stop();
    },
  );

  it('backs off on other failures and keeps streaming; in sync only once the state is in', async () => {
    const fake = fakeSource();
    const timers = manualTimers();
    const reflector = new Reflector({
      kind: SERVICE,
      source: fake.source,
      setTimeout: timers.schedule,
    });
    reflector.start();
    await settle();
    fake.watches[0].push({ type: 'ADDED', object: svc('a', '1') });
    fake.watches[0].push(endOfInitialEvents('5'));
    fake.watches[0].push({
      type: 'ERROR',
      object: { code: 410, message: 'too old resource version' },
    });
    await settle();
    // The stream after the 410 fails before the state is in.
    fake.watches[1].end(refused(500));
    await settle();
    expect(reflector.error?.message).toBe('Unprocessable Entity');
    expect(reflector.synced).toBe(false);

    // One back-off retry (the others are the ended watches' connect timeouts).
    expect(timers.fireRetries().filter(ms => ms < 30_000)).toHaveLength(1);
    await settle();
    expect(fake.watches[2].sendInitialEvents).toBe(true);
    // Connected is not enough: the view stays out of sync until the state is in.
    expect(reflector.synced).toBe(false);
    fake.watches[2].push({ type: 'ADDED', object: svc('a', '1') });
    fake.watches[2].push(endOfInitialEvents('60'));
    expect(reflector.synced).toBe(true);
    expect(reflector.error).toBeUndefined();
    expect(fake.listCalls).toHaveLength(0);
    reflector.stop();
  });
});
