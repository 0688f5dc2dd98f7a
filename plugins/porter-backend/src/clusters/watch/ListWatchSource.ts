import type { KubernetesObject } from '@internal/plugin-porter-common';
import type { Kind } from '../kinds';

/** One page of a list, with what a watch needs to continue from it. */
export interface ListPage {
  items: KubernetesObject[];
  resourceVersion: string;
  /** Set when the server has more items (paged list). */
  continue?: string;
}

/** A watch event as the API server streams it. */
export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: any;
}

/** The two calls a reflector makes; `ClusterClient` implements them over client-node. */
export interface ListWatchSource {
  listPage(
    kind: Kind,
    options: { labelSelector?: string; limit: number; continue?: string },
  ): Promise<ListPage>;
  /**
   * Streams events from `resourceVersion` on, or with `sendInitialEvents`
   * from the current state (ADDED events, then a bookmark annotated
   * `k8s.io/initial-events-end`). `done` is called once, when the stream
   * ends: with no error for a clean close (e.g. the server's
   * `timeoutSeconds`), or with the error (its `statusCode` when the server
   * refused the watch). Returns a function that ends the stream.
   */
  watch(
    kind: Kind,
    options: {
      labelSelector?: string;
      resourceVersion: string;
      timeoutSeconds: number;
      sendInitialEvents?: boolean;
    },
    onEvent: (event: WatchEvent) => void,
    done: (error?: unknown) => void,
  ): Promise<() => void>;
}
