import { dispatch } from '../api/dispatch';
import { deepEqual } from '../api/json';
import { matchesLabels, parseLabelSelector } from '../api/labelSelector';
import { KubeObject } from '../api/objectLifecycle';
import { ApiResult, ResponseStream } from '../api/request';
import { resourceTypeNamed } from '../api/resources';
import { ApiError, failure, injected, unauthorized } from '../api/status';
import { EmulatedFaults } from './faults';
import { seedObjects } from './seed';
import { isWatch } from '../api/watch/watchQuery';
import type { WatchSettings } from '../api/watch/WatchStream';
import { ObjectStore, WatchListener } from './ObjectStore';
import { OpenWatches } from './OpenWatches';
import { startEndpointSliceController } from '../controllers/endpointSlices';

/** A request to the emulated API server, independent of the transport. */
export interface EmulatorRequest {
  method: string;
  /** Path and query string, e.g. `/api/v1/namespaces/a/services?limit=5`. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /**
   * A watch: after the status and headers, the transport opens this stream
   * and writes what it produces (newline-delimited JSON events) until it ends.
   */
  stream?: ResponseStream;
}

/** One API request the cluster was sent; status 0: dropped (faults.down). */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  /** Set for watch requests (`?watch=true`). */
  watch?: true;
}

/** Thrown by serve() while the cluster is down: the transport must not answer. */
export class ClusterDownError extends Error {
  constructor(readonly cluster: string) {
    super(`Emulated cluster '${cluster}' is down (fault injected)`);
    this.name = 'ClusterDownError';
  }
}

// unref: a delayed answer nobody waits for any more must not keep the process alive.
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms).unref());

/**
 * One EMULATED Kubernetes cluster: its objects, an API server for the subset
 * Porter uses, fault injection, a request log, and direct (non-API) access
 * for tests and the sandbox to arrange state and play other actors.
 */
export class EmulatedCluster {
  private readonly watches = new OpenWatches();
  readonly faults = new EmulatedFaults(this.watches);
  private readonly store: ObjectStore;
  private log: RequestLogEntry[] = [];

  /** When set, API requests must carry `Authorization: Bearer <token>`. */
  token: string | undefined;

  constructor(
    readonly name: string,
    options: {
      token?: string;
      onListenerError?: (error: unknown) => void;
      /** Changes kept for watches from an older resourceVersion (default 1000). */
      watchHistoryLimit?: number;
      /** EndpointSlices follow Services and pods (default true). */
      endpointSliceController?: boolean;
      /** Streaming lists served, as with the WatchList feature gate on (default true). */
      watchList?: boolean;
    } = {},
  ) {
    this.token = options.token;
    this.store = new ObjectStore(options.onListenerError);
    if (options.watchHistoryLimit !== undefined) {
      this.store.historyLimit = options.watchHistoryLimit;
    }
    if (options.watchList !== undefined) {
      this.watches.settings.watchList = options.watchList;
    }
    // Like a real cluster's controller manager: EndpointSlices follow Services and pods.
    if (options.endpointSliceController !== false) {
      startEndpointSliceController(this);
    }
  }

  /**
   * Watch timings over HTTP: how often BOOKMARKs come (allowWatchBookmarks)
   * and when a watch without timeoutSeconds ends. Tests may shorten them,
   * and set `watchList` to false to play a server that refuses streaming lists.
   */
  get watchSettings(): WatchSettings {
    return this.watches.settings;
  }

  /** Watches open over the API right now. */
  get openWatchCount(): number {
    return this.watches.count;
  }

  /**
   * How many changes are kept for watches from an older resourceVersion
   * (default 1000); a watch from before them gets 410 Expired.
   */
  get watchHistoryLimit(): number {
    return this.store.historyLimit;
  }

  set watchHistoryLimit(limit: number) {
    this.store.historyLimit = limit;
  }

  /** Forgets every change so far (etcd compaction): watches from before now get 410. */
  compact(): void {
    this.store.compact();
  }

  /** API requests served, oldest first (seed/update/get here are not logged). */
  get requests(): readonly RequestLogEntry[] {
    return [...this.log];
  }

  clearRequests(): void {
    this.log = [];
  }

  /**
   * Create-or-replace, bypassing the API (no faults, no log), as if the
   * objects had been there all along: server metadata and defaults are set,
   * the given status is kept, missing namespaces are created.
   */
  seed(objects: object[]): void {
    seedObjects(this.store, objects);
  }

  get(
    kindOrPlural: string,
    namespace: string | undefined,
    name: string,
  ): any | undefined {
    const type = resourceTypeNamed(kindOrPlural);
    return this.store.get(type, type.namespaced ? namespace : undefined, name);
  }

  /** Objects of a type, optionally in one namespace and matching a label selector. */
  list(
    kindOrPlural: string,
    options: { namespace?: string; labelSelector?: string } = {},
  ): any[] {
    const type = resourceTypeNamed(kindOrPlural);
    const selector = parseLabelSelector(options.labelSelector);
    return this.store
      .list(type, type.namespaced ? options.namespace : undefined)
      .filter(o => matchesLabels(selector, o.metadata.labels));
  }

  /** Deletes directly (emits DELETED); false when there was nothing to delete. */
  remove(
    kindOrPlural: string,
    namespace: string | undefined,
    name: string,
  ): boolean {
    const type = resourceTypeNamed(kindOrPlural);
    return (
      this.store.delete(type, type.namespaced ? namespace : undefined, name) !==
      undefined
    );
  }

  /**
   * Edits an object directly, to play another actor (a controller writing
   * status, someone editing by hand): always a new resourceVersion and a
   * MODIFIED event. Identity fields cannot be changed.
   */
  update(
    kindOrPlural: string,
    namespace: string | undefined,
    name: string,
    mutate: (obj: any) => void,
  ): any {
    const type = resourceTypeNamed(kindOrPlural);
    const ns = type.namespaced ? namespace : undefined;
    const current = this.store.get(type, ns, name);
    if (!current) {
      throw new Error(
        `No ${type.kind} '${ns ? `${ns}/` : ''}${name}' in emulated cluster '${
          this.name
        }'`,
      );
    }
    const next: KubeObject = structuredClone(current);
    mutate(next);
    const { status: _s1, metadata: _m1, ...spec1 } = current;
    const { status: _s2, metadata: _m2, ...spec2 } = next;
    next.apiVersion = current.apiVersion;
    next.kind = current.kind;
    next.metadata = {
      ...next.metadata,
      name: current.metadata.name,
      namespace: current.metadata.namespace,
      uid: current.metadata.uid,
      creationTimestamp: current.metadata.creationTimestamp,
      generation:
        (current.metadata.generation ?? 1) + (deepEqual(spec1, spec2) ? 0 : 1),
    };
    if (!type.namespaced) delete next.metadata.namespace;
    return this.store.put(type, next);
  }

  /** In-process watch of every change, API or direct. Returns an unsubscribe function. */
  onChange(listener: WatchListener): () => void {
    return this.store.onChange(listener);
  }

  /** Serves one API request. Throws ClusterDownError while faults.down. */
  async serve(req: EmulatorRequest): Promise<EmulatorResponse> {
    const url = new URL(req.url, 'http://emulator.invalid');
    const method = req.method.toUpperCase();
    const path = url.pathname;
    const watch = method === 'GET' && isWatch(url.searchParams);
    const entry = (status: number): RequestLogEntry =>
      watch ? { method, path, status, watch } : { method, path, status };
    const drop = () => {
      this.log.push(entry(0));
      return new ClusterDownError(this.name);
    };
    if (this.faults.down) throw drop();
    if (this.faults.delayMs > 0) await sleep(this.faults.delayMs);
    if (this.faults.down) throw drop();

    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      headers[k.toLowerCase()] = v;
    let result: ApiResult;
    try {
      if (
        this.token !== undefined &&
        headers.authorization !== `Bearer ${this.token}`
      ) {
        throw unauthorized();
      }
      const injectedCode =
        (watch ? this.faults.watchRefusal() : undefined) ??
        this.faults.takeFailure(method, path, watch);
      if (injectedCode !== undefined) {
        throw injected(
          injectedCode,
          'fault injected by the Kubernetes API emulator',
        );
      }
      result = dispatch(
        { store: this.store, watches: this.watches },
        {
          method,
          path,
          query: url.searchParams,
          headers,
          body: req.body,
        },
      );
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : failure(
              500,
              'InternalError',
              `Internal error occurred: ${(error as Error)?.message ?? error}`,
            );
      const retry = apiError.status.details?.retryAfterSeconds;
      result = {
        status: apiError.code,
        body: apiError.status,
        headers: retry ? { 'retry-after': String(retry) } : undefined,
      };
    }
    this.log.push(entry(result.status));
    const responseHeaders = {
      'content-type': 'application/json',
      ...result.headers,
    };
    if (result.stream) {
      return {
        status: result.status,
        headers: responseHeaders,
        body: '',
        stream: result.stream,
      };
    }
    return {
      status: result.status,
      headers: responseHeaders,
      body: JSON.stringify(result.body),
    };
  }
}
