import type { KubernetesObject } from '@internal/plugin-porter-common';
import type { Kind } from '../kinds';
import type { ListWatchSource } from './ListWatchSource';

/** What a Reflector keeps in view, where it reads it, and how it retries. */
export interface ReflectorOptions {
  kind: Kind;
  labelSelector?: string;
  source: ListWatchSource;
  /** Keeps only what Porter reads of each object, so a cluster-wide view stays small. */
  trim?: (object: KubernetesObject) => KubernetesObject;
  /** Called after each change the watch brings, with the object's old and new state. */
  onChange?: (
    before: KubernetesObject | undefined,
    after: KubernetesObject | undefined,
  ) => void;
  /** Called when the reflector becomes healthy or fails. */
  onState?: () => void;
  pageSize?: number;
  /** Server-side watch timeout; the watch then reconnects from the last version. */
  watchTimeoutSeconds?: number;
  backoff?: { initialMs: number; maxMs: number };
  /** A watch whose connection is not answered within this is given up and retried. */
  connectTimeoutMs?: number;
  /**
   * Read the initial state from the watch itself (Kubernetes' streaming
   * lists: `sendInitialEvents`), one request per kind instead of a list, its
   * pages and a watch. Default true. A server that refuses it with 400 or
   * 422 (the WatchList feature is off, as by default on Kubernetes 1.33, or
   * the server predates it) is listed and watched instead from then on.
   */
  streamingLists?: boolean;
  /** Injected for tests. */
  setTimeout?: typeof setTimeout;
}
