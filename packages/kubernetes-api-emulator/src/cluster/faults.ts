/**
 * Failures a test or the sandbox can inject into one emulated cluster, to
 * exercise the client's error paths: an unreachable server, server errors,
 * slowness, and broken watches. They apply to API requests only, never to
 * seed()/update().
 */
export interface FaultMatch {
  /** HTTP method, any case. */
  method?: string;
  /** A substring of the request path (query string excluded). */
  pathIncludes?: string;
  /** true: only watch requests; false: only other requests. */
  watch?: boolean;
}

/** What the faults need from the cluster's open watches. */
export interface WatchControl {
  dropAll(): number;
}

interface PendingFailure {
  remaining: number;
  status: number;
  match?: FaultMatch;
}

export class EmulatedFaults {
  private isDown = false;
  private refusal?: { until: number; status: number };

  constructor(private readonly watches?: WatchControl) {}

  /**
   * While true, requests get no answer: the HTTP server destroys the socket
   * (the client sees a reset connection), msw answers with a network error.
   * Going down also cuts every open watch.
   */
  get down(): boolean {
    return this.isDown;
  }

  set down(value: boolean) {
    this.isDown = value;
    if (value) this.watches?.dropAll();
  }

  /** Every response is held back this long, to provoke client timeouts. */
  delayMs = 0;

  private pending: PendingFailure[] = [];

  /**
   * Cuts every open watch now, as a broken connection would (client-node's
   * Watch reports an error; an informer must be restarted). Returns how many.
   */
  dropWatches(): number {
    return this.watches?.dropAll() ?? 0;
  }

  /**
   * For `forMs` milliseconds, new watch requests fail with `status` (and the
   * real reason for it) while other requests are served.
   */
  refuseWatches(forMs: number, status = 503): void {
    this.refusal = { until: Date.now() + forMs, status };
  }

  /** Used by the server: the status to refuse a new watch with, if any. */
  watchRefusal(): number | undefined {
    if (this.refusal && Date.now() < this.refusal.until) {
      return this.refusal.status;
    }
    this.refusal = undefined;
    return undefined;
  }

  /**
   * The next `count` matching requests fail with `status` and a Status body
   * with the real reason for that code (500: InternalError). Calls queue up.
   */
  failNext(count: number, status = 500, match?: FaultMatch): void {
    if (count > 0) this.pending.push({ remaining: count, status, match });
  }

  /** Clears every fault. */
  reset(): void {
    this.isDown = false;
    this.delayMs = 0;
    this.pending = [];
    this.refusal = undefined;
  }

  /** Used by the server: the status to fail this request with, if any (consumes it). */
  takeFailure(method: string, path: string, watch = false): number | undefined {
    const hit = this.pending.find(
      p =>
        (!p.match?.method ||
          p.match.method.toUpperCase() === method.toUpperCase()) &&
        (!p.match?.pathIncludes || path.includes(p.match.pathIncludes)) &&
        (p.match?.watch === undefined || p.match.watch === watch),
    );
    if (!hit) return undefined;
    hit.remaining--;
    if (hit.remaining <= 0) this.pending = this.pending.filter(p => p !== hit);
    return hit.status;
  }
}
