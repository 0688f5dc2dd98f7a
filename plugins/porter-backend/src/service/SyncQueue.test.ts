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
  function queueWith(fail?: (what: string) => boolean) {
    const done: string[] = [];
    const logger = mockServices.logger.mock();
    let release: () => void = () => {};
    const gate = new Promise<void>(r => {
      release = r;
    });
    const queue = new SyncQueue({
      logger,
      work: {
        remove: async r => {
          await gate;
          done.push(`remove ${r.id}`);
          if (fail?.(`remove ${r.id}`)) throw new Error('cluster down');
        },
        sync: async ids => {
          await gate;
          done.push(`sync ${ids.join(',')}`);
          if (fail?.('sync')) throw new Error('cluster down');
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
