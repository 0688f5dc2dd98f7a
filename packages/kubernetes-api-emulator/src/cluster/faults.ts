/**
 * Failures a test or the sandbox can inject into one emulated cluster, to
 * exercise the client's error paths: an unreachable server, server errors,
 * and slowness. They apply to API requests only, never to seed()/update().
 */
export interface FaultMatch {
  /** HTTP method, any case. */
  method?: string;
  /** A substring of the request path (query string excluded). */
  pathIncludes?: string;
}

interface PendingFailure {
  remaining: number;
  status: number;
  match?: FaultMatch;
}

export class EmulatedFaults {
  /**
   * While true, requests get no answer: the HTTP server destroys the socket
   * (the client sees a reset connection), msw answers with a network error.
   */
  down = false;

  /** Every response is held back this long, to provoke client timeouts. */
  delayMs = 0;

  private pending: PendingFailure[] = [];

  /**
   * The next `count` matching requests fail with `status` and a Status body
   * with the real reason for that code (500: InternalError). Calls queue up.
   */
  failNext(count: number, status = 500, match?: FaultMatch): void {
    if (count > 0) this.pending.push({ remaining: count, status, match });
  }

  /** Clears every fault. */
  reset(): void {
    this.down = false;
    this.delayMs = 0;
    this.pending = [];
  }

  /** Used by the server: the status to fail this request with, if any (consumes it). */
  takeFailure(method: string, path: string): number | undefined {
    const hit = this.pending.find(
      p =>
        (!p.match?.method ||
          p.match.method.toUpperCase() === method.toUpperCase()) &&
        (!p.match?.pathIncludes || path.includes(p.match.pathIncludes)),
    );
    if (!hit) return undefined;
    hit.remaining--;
    if (hit.remaining <= 0) this.pending = this.pending.filter(p => p !== hit);
    return hit.status;
  }
}
