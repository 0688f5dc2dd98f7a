import type { KubernetesObject } from '@internal/plugin-porter-common';
import type { Kind } from '../kinds';
import type { ListPage, WatchEvent } from './ListWatchSource';
import { ObjectStore } from './ObjectStore';
import type { ReflectorOptions } from './ReflectorOptions';
import {
  GONE,
  InitialEvents,
  isNewer,
  REFUSED,
  statusCode,
} from './watchProtocol';

/**
 * Keeps an in-memory copy of one kind in one cluster, as Kubernetes
 * controllers do: a watch that starts with the current objects and a
 * bookmark marking their end (a streaming list), or, where the server does
 * not offer that, a list (paged) and a watch from the list's
 * resourceVersion; then every event is applied. A clean end of the watch
 * reconnects from the last version seen; 410 Gone (the version is too old)
 * reads the whole state again; any other failure retries with exponential
 * back-off while `error` says what is wrong, so the cluster's sides can be
 * marked Degraded.
 *
 * Written on client-node's `Watch` rather than its `ListWatch`, which has no
 * back-off, no bookmarks and stops for good on the first error.
 */
export class Reflector {
  readonly store = new ObjectStore();
  private resourceVersion = '';
  private stopWatch?: () => void;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private watchdog?: ReturnType<typeof setTimeout>;
  private stopped = true;
  private failures = 0;
  private listedOnce = false;
  private lastError?: { message: string; since: Date };
  private streamingLists: boolean;

  constructor(private readonly options: ReflectorOptions) {
    this.streamingLists = options.streamingLists ?? true;
  }

  get kind(): Kind {
    return this.options.kind;
  }

  /** Whether the initial state comes from streaming lists (until a server refuses them). */
  get streaming(): boolean {
    return this.streamingLists;
  }

  /**
   * True once the whole state is in and nothing has failed since. (A watch
   * that the server ended cleanly and that is reconnecting is still in sync.)
   */
  get synced(): boolean {
    return this.listedOnce && !this.lastError;
  }

  /** What is wrong, when the last list or watch failed. */
  get error(): { message: string; since: Date } | undefined {
    return this.lastError;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.watchdog);
    this.stopWatch?.();
    this.stopWatch = undefined;
  }

  /** Applies the result of Porter's own write at once, without waiting for the watch. */
  record(object: KubernetesObject | undefined, removed?: KubernetesObject) {
    // The watch may have brought a later version already (another writer,
    // the load balancer's status): a write's answer never replaces it.
    const newer = (o: KubernetesObject) => {
      const held = this.store.get(o.metadata.namespace, o.metadata.name);
      return held !== undefined && isNewer(held, o);
    };
    if (removed && !newer(removed)) this.apply('DELETED', removed);
    if (object && !newer(object)) this.apply('MODIFIED', object);
  }

  private async run(): Promise<void> {
    if (this.stopped) return;
    try {
      if (this.resourceVersion) {
        await this.startWatch('changes');
      } else if (this.streamingLists) {
        await this.startWatch('initial-events');
      } else {
        await this.relist();
        await this.startWatch('changes');
      }
    } catch (error) {
      this.fail(error);
    }
  }

  private async relist(): Promise<void> {
    const { kind, labelSelector, source, pageSize = 5000 } = this.options;
    const items: KubernetesObject[] = [];
    let page: ListPage | undefined;
    do {
      page = await source.listPage(kind, {
        labelSelector,
        limit: pageSize,
        continue: page?.continue,
      });
      items.push(...page.items.map(o => this.trim(o)));
    } while (page.continue);
    this.resync(items, page.resourceVersion);
  }

  /** The whole state, read afresh: replaces the store and tells listeners what changed meanwhile. */
  private resync(items: KubernetesObject[], resourceVersion: string) {
    const changes = this.store.replace(items);
    this.resourceVersion = resourceVersion;
    const wasSynced = this.synced;
    this.listedOnce = true;
    this.lastError = undefined;
    if (!wasSynced) this.options.onState?.();
    for (const [before, after] of changes)
      this.options.onChange?.(before, after);
  }

  /**
   * Watches from the last version (`changes`), or from the current state
   * (`initial-events`: objects arrive as ADDED until a bookmark annotated
   * `k8s.io/initial-events-end` gives their version; only then do they
   * replace the store).
   */
  private async startWatch(mode: 'changes' | 'initial-events'): Promise<void> {
    const {
      kind,
      labelSelector,
      source,
      watchTimeoutSeconds = 300,
    } = this.options;
    let initial =
      mode === 'initial-events'
        ? new InitialEvents(o => this.trim(o))
        : undefined;
    let ended = false;
    const done = (error?: unknown) => {
      if (ended) return;
      ended = true;
      clearTimeout(this.watchdog);
      this.stopWatch = undefined;
      if (this.stopped) return;
      if (initial && REFUSED.has(statusCode(error) ?? 0)) {
        // The server does not stream lists: list and watch, as before KEP-3157.
        this.streamingLists = false;
        void this.run();
      } else if (error === undefined) {
        // A clean end (the server's timeout): carry on from the last version.
        void this.run();
      } else if (statusCode(error) === GONE) {
        this.resourceVersion = '';
        void this.run();
      } else {
        this.fail(error);
      }
    };
    const onEvent = (event: WatchEvent) => {
      // The watch works: the next failure starts the back-off afresh. (Not on
      // connect: a watch that connects and drops at once must still back off.)
      this.failures = 0;
      this.armWatchdog(watchTimeoutSeconds, done);
      if (event.type === 'ERROR') {
        if (event.object?.code === GONE) this.resourceVersion = '';
        done(
          Object.assign(new Error(event.object?.message ?? 'watch error'), {
            statusCode: event.object?.code,
          }),
        );
        return;
      }
      if (initial) {
        const state = initial.take(event);
        if (state) {
          this.resync(state.items, state.resourceVersion);
          initial = undefined;
        }
        return;
      }
      if (event.type !== 'BOOKMARK') this.apply(event.type, event.object);
      const version = event.object?.metadata?.resourceVersion;
      if (version) this.resourceVersion = version;
    };
    // A connection that is never answered would leave the view looking healthy while it hears nothing.
    const schedule = this.options.setTimeout ?? setTimeout;
    const connectTimeoutMs = this.options.connectTimeoutMs ?? 30_000;
    const connecting = schedule(
      () =>
        done(new Error(`no answer to the watch within ${connectTimeoutMs} ms`)),
      connectTimeoutMs,
    );
    (connecting as any)?.unref?.();
    const stop = await source.watch(
      kind,
      {
        labelSelector,
        resourceVersion: this.resourceVersion,
        timeoutSeconds: watchTimeoutSeconds,
        sendInitialEvents: mode === 'initial-events',
      },
      onEvent,
      done,
    );
    clearTimeout(connecting);
    if (ended) {
      stop();
      return;
    }
    this.stopWatch = stop;
    this.armWatchdog(watchTimeoutSeconds, done);
    // Watching from a known version: in sync as soon as it is connected.
    // Streaming the state: only once the state is in (resync).
    if (mode === 'changes') {
      const wasSynced = this.synced;
      this.lastError = undefined;
      if (!wasSynced) this.options.onState?.();
    }
  }

  /**
   * A watch that goes silent (a half-open connection) is never ended by the
   * server; give up on it a little after its own timeout and reconnect.
   */
  private armWatchdog(timeoutSeconds: number, done: (e?: unknown) => void) {
    const schedule = this.options.setTimeout ?? setTimeout;
    clearTimeout(this.watchdog);
    this.watchdog = schedule(() => {
      this.stopWatch?.();
      done();
    }, (timeoutSeconds + 30) * 1000);
    (this.watchdog as any)?.unref?.();
  }

  private apply(type: WatchEvent['type'], raw: KubernetesObject) {
    const object = this.trim(raw);
    const before = this.store.get(
      object.metadata.namespace,
      object.metadata.name,
    );
    if (type === 'DELETED') {
      if (!before) return;
      this.store.delete(object);
      this.options.onChange?.(before, undefined);
      return;
    }
    if (
      before &&
      before.metadata.resourceVersion === object.metadata.resourceVersion
    ) {
      return;
    }
    this.store.put(object);
    this.options.onChange?.(before, object);
  }

  private fail(error: unknown) {
    if (this.stopped) return;
    const message = error instanceof Error ? error.message : String(error);
    if (!this.lastError) {
      this.lastError = { message, since: new Date() };
      this.options.onState?.();
    } else {
      this.lastError = { ...this.lastError, message };
    }
    const { initialMs = 1000, maxMs = 30_000 } = this.options.backoff ?? {};
    const delay = Math.min(maxMs, initialMs * 2 ** this.failures);
    this.failures++;
    const schedule = this.options.setTimeout ?? setTimeout;
    // Jitter, so many reflectors of a cluster that came back do not reconnect at once.
    this.retryTimer = schedule(
      () => void this.run(),
      delay * (0.8 + Math.random() * 0.4),
    );
    (this.retryTimer as any)?.unref?.();
  }

  private trim(object: KubernetesObject): KubernetesObject {
    const withKind = {
      ...object,
      apiVersion: this.options.kind.apiVersion,
      kind: this.options.kind.kind,
    };
    return this.options.trim ? this.options.trim(withKind) : withKind;
  }
}
