import type { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';

/** One request an emulated cluster was sent; status 0: no answer (cluster down). */
export interface CountedRequest {
  cluster: string;
  method: string;
  path: string;
  watch: boolean;
  status: number;
  /** For a write: the object's path (a create's collection path plus the new object's name). */
  object?: string;
}

/** API requests in a window, as a benchmark or a suite reports them. */
export interface RequestSummary {
  /** Every request but watches: what a reconcile pass should stop making. */
  calls: number;
  /** GETs (reads, lists and discovery), watches excluded. */
  reads: number;
  /** POST, PUT, PATCH, DELETE. */
  writes: number;
  /** Watches opened. */
  watches: number;
  /** Distinct objects written (an object and its /status count once). */
  objectsWritten: number;
  /** Requests answered with an error, or not at all. */
  failed: number;
  byCluster: Record<string, { calls: number; writes: number; watches: number }>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Counts what each emulated cluster is asked, per request: method, path,
 * whether it is a watch, and the answer's status. A window (`mark()` then
 * `since(mark)`) gives the figures for a stretch of time, e.g. one reconcile
 * pass. Fed by CountingEmulator; checked against the emulator's own request
 * log so that a change in how the emulator serves requests cannot make the
 * counts silently read zero.
 */
export class RequestCounter {
  private readonly seen: CountedRequest[] = [];
  private lastAnsweredAt = Date.now();

  constructor(private readonly emulator: KubernetesApiEmulator) {}

  record(request: CountedRequest): void {
    this.seen.push(request);
    if (!request.watch) this.lastAnsweredAt = Date.now();
  }

  /**
   * Resolves once no request but a watch has been answered for `quietMs`
   * (or after `timeoutMs`): the cluster writes a backend makes after it has
   * answered (it stores a change, answers, then writes) have ended. Make
   * `quietMs` longer than the slowest answer a fault causes.
   */
  async quiet(quietMs: number, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() - this.lastAnsweredAt < quietMs) {
      if (Date.now() > deadline) return;
      await new Promise(r => setTimeout(r, 50));
    }
  }

  /** A point to count from. */
  mark(): { index: number; logged: Record<string, number> } {
    return { index: this.seen.length, logged: this.loggedCounts() };
  }

  /** The requests since the mark. */
  requestsSince(mark: { index: number }): CountedRequest[] {
    return this.seen.slice(mark.index);
  }

  since(mark: {
    index: number;
    logged: Record<string, number>;
  }): RequestSummary {
    const requests = this.requestsSince(mark);
    const logged = this.loggedCounts();
    for (const cluster of Object.keys(logged)) {
      const counted = requests.filter(r => r.cluster === cluster).length;
      const inLog = logged[cluster] - (mark.logged[cluster] ?? 0);
      if (counted !== inLog) {
        throw new Error(
          `Request counter out of step with emulated cluster '${cluster}': counted ${counted}, ` +
            `its request log has ${inLog}. Has the emulator stopped serving through handle()?`,
        );
      }
    }
    return summarize(requests);
  }

  private loggedCounts(): Record<string, number> {
    return Object.fromEntries(
      this.emulator.clusterNames.map(name => [
        name,
        this.emulator.cluster(name).requests.length,
      ]),
    );
  }
}

export function summarize(requests: CountedRequest[]): RequestSummary {
  const summary: RequestSummary = {
    calls: 0,
    reads: 0,
    writes: 0,
    watches: 0,
    objectsWritten: 0,
    failed: 0,
    byCluster: {},
  };
  const written = new Set<string>();
  for (const r of requests) {
    const cluster = (summary.byCluster[r.cluster] ??= {
      calls: 0,
      writes: 0,
      watches: 0,
    });
    if (r.status === 0 || r.status >= 400) summary.failed++;
    if (r.watch) {
      summary.watches++;
      cluster.watches++;
      continue;
    }
    summary.calls++;
    cluster.calls++;
    if (WRITE_METHODS.has(r.method)) {
      summary.writes++;
      cluster.writes++;
      written.add(`${r.cluster}:${r.object ?? r.path}`);
    } else {
      summary.reads++;
    }
  }
  summary.objectsWritten = written.size;
  return summary;
}
