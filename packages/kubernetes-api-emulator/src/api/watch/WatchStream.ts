import type { ObjectStore, StoreEvent } from '../../cluster/ObjectStore';
import { matchesFields } from '../fieldSelector';
import { matchesLabels } from '../labelSelector';
import { INITIAL_EVENTS_END_ANNOTATION } from '../listOptions';
import type { KubeObject } from '../objectLifecycle';
import type { ResponseStream, StreamSink } from '../request';
import type { ResourceType } from '../resourceType';
import { failure } from '../status';
import { IncludeObject, toTable } from '../table/table';
import type { WatchQuery } from './watchQuery';

export type WatchEventType =
  | 'ADDED'
  | 'MODIFIED'
  | 'DELETED'
  | 'BOOKMARK'
  | 'ERROR';

/** Per-cluster watch behaviour; tests shorten the intervals. */
export interface WatchSettings {
  /** How often a watch with allowWatchBookmarks=true gets a BOOKMARK. */
  bookmarkIntervalMs: number;
  /** When the client sets no timeoutSeconds (a real server: 30 to 60 minutes). */
  defaultTimeoutSeconds: number;
  /**
   * Streaming lists (`sendInitialEvents`): true plays a server with the
   * WatchList feature gate on (Kubernetes 1.32, 1.34 and later), false one
   * with it off (1.33's default), which refuses them with 422.
   */
  watchList: boolean;
}

export interface WatchTarget {
  store: ObjectStore;
  resource: ResourceType;
  namespace?: string;
  query: WatchQuery;
  /** Events' objects as Tables (kubectl get --watch), or as they are. */
  table?: { version: 'v1' | 'v1beta1'; includeObject: IncludeObject };
  settings: WatchSettings;
}

/**
 * One watch over HTTP: newline-delimited JSON events `{type, object}` on a
 * chunked response, as the API server's watch cache sends them. It starts
 * with the current objects as ADDED (no resourceVersion, or "0") or with
 * the kept changes after the given resourceVersion, or with an ERROR event
 * (410 Expired) when those are already forgotten. A streaming list
 * (sendInitialEvents=true) starts with the current objects as ADDED and a
 * BOOKMARK annotated `k8s.io/initial-events-end` at their resourceVersion;
 * sendInitialEvents=false without a resourceVersion starts from now. Then
 * it follows changes, filtered by namespace and selectors (an object that
 * stops matching is DELETED for this watch, one that starts matching is
 * ADDED), with periodic BOOKMARKs if asked for, until timeoutSeconds ends it.
 */
export class WatchStream implements ResponseStream {
  private sink?: StreamSink;
  private readonly cleanups: Array<() => void> = [];
  private sentHeaders = false;
  private closed = false;

  constructor(
    private readonly target: WatchTarget,
    /** Called once when the watch is over, however it ends. */
    private readonly onClosed: (stream: WatchStream) => void = () => {},
  ) {}

  open(sink: StreamSink): void {
    // Dropped before the transport got to open it.
    if (this.closed) {
      sink.destroy();
      return;
    }
    const { store, query, settings } = this.target;
    this.sink = sink;
    if (query.sendInitialEvents) {
      // resourceVersionMatch=NotOlderThan: the store always holds its newest
      // state, which is at least as new as any resourceVersion it has given
      // out. One it has not reached yet gets that state too: a real server
      // waits a few seconds for its cache to catch up and then answers 504
      // "Too large resource version", but the emulator ignores a too-new
      // resourceVersion on lists and plain watches as well, so it stays
      // consistent with them here.
      this.sendCurrentObjects();
      this.initialEventsEnd();
    } else if (query.resourceVersion !== undefined) {
      const kept = store.changesAfter(query.resourceVersion);
      if (!Array.isArray(kept)) {
        this.expired(query.resourceVersion, kept.oldest);
        return;
      }
      kept.forEach(e => this.deliver(e));
    } else if (query.sendInitialEvents === undefined) {
      this.sendCurrentObjects();
    }
    // sendInitialEvents=false without a resourceVersion: changes from now on.
    this.cleanups.push(store.subscribe(e => this.deliver(e)));

    const timeoutMs =
      (query.timeoutSeconds ?? settings.defaultTimeoutSeconds) * 1000;
    const timeout = setTimeout(() => this.end(), timeoutMs);
    timeout.unref();
    this.cleanups.push(() => clearTimeout(timeout));
    if (query.allowBookmarks) {
      const bookmarks = setInterval(
        () => this.bookmark(),
        settings.bookmarkIntervalMs,
      );
      bookmarks.unref();
      this.cleanups.push(() => clearInterval(bookmarks));
    }
  }

  /** The client went away: stop, without writing. */
  close(): void {
    this.finish();
  }

  /** Ends the watch normally, as a server-side timeout does. */
  end(): void {
    const sink = this.sink;
    this.finish();
    sink?.end();
  }

  /** Cuts the connection, as a network failure or a dying server does. */
  drop(): void {
    const sink = this.sink;
    this.finish();
    sink?.destroy();
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  private finish() {
    if (this.closed) return;
    this.closed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.onClosed(this);
  }

  private matches(obj: KubeObject | undefined): boolean {
    if (!obj) return false;
    const { namespace, query } = this.target;
    if (namespace !== undefined && obj.metadata.namespace !== namespace) {
      return false;
    }
    return (
      matchesLabels(query.labels, obj.metadata.labels) &&
      matchesFields(query.fields, obj.metadata)
    );
  }

  private deliver(event: StoreEvent) {
    if (this.closed || event.resource !== this.target.resource) return;
    const now = event.type !== 'DELETED' && this.matches(event.object);
    const before = this.matches(event.previous);
    if (now && !before) this.send('ADDED', event.object);
    else if (now && before) this.send('MODIFIED', event.object);
    else if (before) {
      // The object as this watch last matched it, at the change's revision.
      const gone = event.previous!;
      gone.metadata.resourceVersion = String(event.revision);
      this.send('DELETED', gone);
    }
  }

  private sendCurrentObjects() {
    const { store, resource, namespace } = this.target;
    for (const obj of store.list(resource, namespace)) {
      if (this.matches(obj)) this.send('ADDED', obj);
    }
  }

  private bookmark() {
    const { resource, store } = this.target;
    this.send('BOOKMARK', {
      kind: resource.kind,
      apiVersion: resource.apiVersion,
      metadata: { resourceVersion: store.resourceVersion },
    });
  }

  /**
   * The end of a streaming list's initial objects: a bookmark at the
   * revision they were read at, which clients (client-go's reflector,
   * informers) wait for before they call themselves synced.
   */
  private initialEventsEnd() {
    const { resource, store } = this.target;
    this.send('BOOKMARK', {
      kind: resource.kind,
      apiVersion: resource.apiVersion,
      metadata: {
        resourceVersion: store.resourceVersion,
        annotations: { [INITIAL_EVENTS_END_ANNOTATION]: 'true' },
      },
    });
  }

  private expired(requested: number, oldest: number) {
    const status = failure(
      410,
      'Expired',
      `too old resource version: ${requested} (${oldest})`,
    ).status;
    this.sink?.write(`${JSON.stringify({ type: 'ERROR', object: status })}\n`);
    this.end();
  }

  private send(type: WatchEventType, obj: Record<string, any>) {
    if (this.closed || !this.sink) return;
    let object: unknown = obj;
    const { table, resource } = this.target;
    if (table && type !== 'BOOKMARK') {
      object = toTable(resource, [obj], {
        ...table,
        metadata: { resourceVersion: obj.metadata?.resourceVersion },
        noHeaders: this.sentHeaders,
      });
      this.sentHeaders = true;
    }
    this.sink.write(`${JSON.stringify({ type, object })}\n`);
  }
}
