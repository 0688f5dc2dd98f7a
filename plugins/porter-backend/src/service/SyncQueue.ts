import { LoggerService } from '@backstage/backend-plugin-api';
import type { ClaimRecord } from '../database/ClaimStore';

/** What the queue asks of the rest of Porter. */
export interface SyncQueueWork {
  /** Removes a claim's objects (by its id) from these clusters. */
  remove(record: ClaimRecord, clusters: string[]): Promise<void>;
  /**
   * Brings these claims' objects in line with what is stored now; ids no
   * longer stored are skipped. Returns the claims to try again: a cluster
   * could not be reached or refused a write (a side is Degraded).
   */
  sync(claimIds: number[]): Promise<number[]>;
}

/** Tries after the first: 1 s, 2 s, 4 s later; then the reconciler's pass. */
const RETRY_DELAYS_MS = [1000, 2000, 4000];

/** The queues of this process, so tests can wait for every portal they run. */
const live = new Set<SyncQueue>();

/**
 * The cluster writes that follow a claim's change, done after the request
 * has been answered, as a Kubernetes controller does: the database is the
 * source of truth, and the claim's sides report progress. Per claim, later
 * changes coalesce with pending ones (a sync reads the claim as stored when
 * it runs); removals run before syncs, so a claim that moved to another
 * Service loses its old objects first. A claim a cluster did not take is
 * tried again a few times, with back-off, and then left to the reconciler,
 * which repairs drift from its view of the clusters; a removal that fails is
 * logged and left to the reconciler's garbage collection.
 */
export class SyncQueue {
  private readonly work: SyncQueueWork;
  private readonly logger: LoggerService;
  private removals: Array<{ record: ClaimRecord; clusters: string[] }> = [];
  private syncs = new Set<number>();
  private running?: Promise<void>;
  private stopped = false;
  /** Tries so far of the claims that are waiting to be tried again. */
  private readonly tries = new Map<number, number>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly retryDelaysMs: number[];

  constructor(options: {
    work: SyncQueueWork;
    logger: LoggerService;
    retryDelaysMs?: number[];
  }) {
    this.work = options.work;
    this.logger = options.logger;
    this.retryDelaysMs = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    live.add(this);
  }

  /** Resolves once every queue of this process has nothing left to do (for tests). */
  static async allIdle(): Promise<void> {
    await Promise.all([...live].map(queue => queue.idle()));
  }

  /** Syncs the claim's objects soon; a sync already pending covers it. */
  sync(claimId: number): void {
    if (this.stopped) return;
    this.syncs.add(claimId);
    this.kick();
  }

  /** Removes a claim's objects (a deleted claim, or its old target's) before any pending sync. */
  remove(record: ClaimRecord, clusters: string[]): void {
    if (this.stopped) return;
    this.removals.push({ record, clusters });
    this.kick();
  }

  /** Resolves when nothing is pending or running (a retry waiting for its time is neither). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Finishes what is queued and takes no more (the plugin's shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(timer => clearTimeout(timer));
    this.timers.clear();
    await this.idle();
    live.delete(this);
  }

  private kick(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      // Queued after the last look, before this ended.
      if (this.removals.length > 0 || this.syncs.size > 0) this.kick();
    });
  }

  private async drain(): Promise<void> {
    // Let the request that queued this answer first.
    await new Promise(resolve => setImmediate(resolve));
    while (this.removals.length > 0 || this.syncs.size > 0) {
      const removals = this.removals;
      this.removals = [];
      for (const { record, clusters } of removals) {
        await this.attempt(
          `remove the objects of claim ${describe(record)}`,
          () => this.work.remove(record, clusters),
        );
      }
      if (this.removals.length > 0) continue;
      const ids = [...this.syncs];
      this.syncs = new Set();
      if (ids.length > 0) {
        let again: number[] = ids;
        await this.attempt(`sync ${ids.length} claim(s)`, async () => {
          again = await this.work.sync(ids);
        });
        this.retryLater(ids, again);
      }
    }
  }

  /** Schedules another try for the claims a cluster did not take, up to the last delay. */
  private retryLater(synced: number[], again: number[]): void {
    const retry = new Set(again);
    for (const id of synced) {
      const tries = this.tries.get(id) ?? 0;
      if (
        !retry.has(id) ||
        tries >= this.retryDelaysMs.length ||
        this.stopped
      ) {
        this.tries.delete(id);
        continue;
      }
      this.tries.set(id, tries + 1);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.sync(id);
      }, this.retryDelaysMs[tries]);
      timer.unref?.();
      this.timers.add(timer);
    }
  }

  private async attempt(what: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      this.logger.warn(
        `Could not ${what} after the change was stored; the reconciler will: ${error}`,
      );
    }
  }
}

function describe(record: ClaimRecord): string {
  return `${record.cluster}/${record.namespace}/${record.name}`;
}
