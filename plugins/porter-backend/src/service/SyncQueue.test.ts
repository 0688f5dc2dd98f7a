import { mockServices } from '@backstage/backend-test-utils';
import type { ClaimRecord } from '../database/ClaimStore';
import { SyncQueue } from './SyncQueue';

const record = (id: number): ClaimRecord => ({
  id,
  cluster: 'silver',
  namespace: 'ns',
  name: `c${id}`,
  spec: { service: 's', servicePort: 80 } as ClaimRecord['spec'],
  adopted: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('SyncQueue', () => {
  function queueWith(
    fail?: (what: string) => boolean,
    degraded: (id: number, round: number) => boolean = () => false,
  ) {
    let round = 0;
    const done: string[] = [];
    const logger = mockServices.logger.mock();
    let release: () => void = () => {};
    const gate = new Promise<void>(r => {
      release = r;
    });
    const queue = new SyncQueue({
      logger,
      retryDelaysMs: [10, 20],
      work: {
        remove: async r => {
          await gate;
          done.push(`remove ${r.id}`);
          if (fail?.(`remove ${r.id}`)) throw new Error('cluster down');
        },
        sync: async ids => {
          await gate;
          done.push(`sync ${ids.join(',')}`);
          round++;
          if (fail?.('sync')) throw new Error('cluster down');
          return ids.filter(id => degraded(id, round));
        },
      },
    });
    return { queue, done, logger, release };
  }

  it('coalesces syncs of a claim, and runs removals before syncs', async () => {
    const { queue, done, release } = queueWith();
    queue.sync(1);
    queue.sync(2);
    queue.sync(1);
    queue.remove(record(3), ['silver']);
    release();
    await queue.idle();
    expect(done).toEqual(['remove 3', 'sync 1,2']);
  });

  it('takes what is queued while it works, in a later round', async () => {
    const { queue, done, release } = queueWith();
    queue.sync(1);
    await new Promise(r => setImmediate(r));
    queue.sync(1);
    queue.remove(record(2), ['silver']);
    release();
    await queue.idle();
    expect(done).toEqual(['sync 1', 'remove 2', 'sync 1']);
  });

  it('logs a failure, leaves it to the reconciler, and goes on', async () => {
    const { queue, done, logger, release } = queueWith(w => w === 'remove 1');
    queue.remove(record(1), ['silver']);
    queue.sync(2);
    release();
    await queue.idle();
    expect(done).toEqual(['remove 1', 'sync 2']);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /Could not remove the objects of claim silver\/ns\/c1 .*the reconciler will/,
      ),
    );
  });

  it('tries a claim a cluster did not take again, then leaves it to the reconciler', async () => {
    // Claim 1 is Degraded on every try, claim 2 on the first only.
    const { queue, done, release } = queueWith(
      undefined,
      (id, round) => id === 1 || round === 1,
    );
    queue.sync(1);
    queue.sync(2);
    release();
    await new Promise(r => setTimeout(r, 200));
    await queue.idle();
    // Both again after 10 ms; claim 1 once more after 20 ms, then no more.
    expect(done).toEqual(['sync 1,2', 'sync 1,2', 'sync 1']);
  });

  it('tries again after a sync that threw, and drops retries when stopped', async () => {
    const { queue, done, release } = queueWith(w => w === 'sync');
    queue.sync(1);
    release();
    await queue.idle();
    await queue.stop();
    await new Promise(r => setTimeout(r, 100));
    expect(done).toEqual(['sync 1']);
  });

  it('finishes what is queued when stopped, and takes no more', async () => {
    const { queue, done, release } = queueWith();
    queue.sync(1);
    const stopped = queue.stop();
    queue.sync(2);
    release();
    await stopped;
    expect(done).toEqual(['sync 1']);
    await SyncQueue.allIdle();
  });
});
