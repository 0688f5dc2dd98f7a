import { RECONCILE_INTERVAL_SECONDS } from './portalConfig';

/** An answer, with how long it took (client side, body read) and its size. */
export interface Answer<T = any> {
  status: number;
  body: T;
  ms: number;
  bytes: number;
}

export interface PassTiming {
  /** Wall time of the pass, from the first poll that saw it running to the first that saw it done (0.1 s resolution). */
  wallMs: number;
  /** When the harness asked for it and when it saw it done (ms since epoch). */
  triggeredAt: number;
  doneAt: number;
}

const POLL_MS = 100;
const TASK = 'porter-reconcile';
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** A request that failed because the server closed or reset the connection. */
function isConnectionReset(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
}

/**
 * The portal's HTTP API as a signed-in user (the guest) sees it, plus the
 * scheduler's task endpoints Backstage mounts on every plugin
 * (`/.backstage/scheduler/v1/tasks`), used to run a reconcile pass on demand
 * and know when it has finished.
 */
export class PortalClient {
  private constructor(readonly baseUrl: string, readonly token: string) {}

  /** Signs in as the guest (what the app's sign-in page does). */
  static async signIn(baseUrl: string): Promise<PortalClient> {
    const res = await fetch(
      `${baseUrl}/api/auth/guest/refresh?env=development`,
      { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
    );
    if (!res.ok) {
      throw new Error(
        `Guest sign-in failed: ${res.status} ${await res.text()}`,
      );
    }
    const { backstageIdentity } = await res.json();
    return new PortalClient(baseUrl, backstageIdentity.token);
  }

  /** The same user against another backend (e.g. a second replica). */
  at(baseUrl: string): PortalClient {
    return new PortalClient(baseUrl, this.token);
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Answer<T>> {
    const started = performance.now();
    const res = await this.send(method, path, body);
    const text = await res.text();
    const ms = performance.now() - started;
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return {
      status: res.status,
      body: parsed,
      ms,
      bytes: Buffer.byteLength(text),
    };
  }

  /**
   * A GET whose kept-alive connection the server reset is sent again: a
   * server whose event loop stalls for longer than its keep-alive timeout
   * closes the connection our next request is already on (the time
   * counts). Other methods are never resent: the caller sees the error.
   */
  private async send(
    method: string,
    path: string,
    body: unknown,
  ): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fetch(`${this.baseUrl}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${this.token}`,
            ...(body !== undefined
              ? { 'Content-Type': 'application/json' }
              : {}),
          },
          body: body !== undefined ? JSON.stringify(body) : undefined,
        });
      } catch (error) {
        if (method !== 'GET' || attempt >= 3 || !isConnectionReset(error)) {
          throw error;
        }
      }
    }
  }

  /** Porter's API: `porter('GET', '/clusters')` is GET /api/porter/clusters. */
  porter<T = any>(method: string, path: string, body?: unknown) {
    return this.request<T>(method, `/api/porter${path}`, body);
  }

  /** Waits until the catalog has every one of these entities. */
  async waitForEntities(refs: string[], timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let missing = refs.length;
    while (Date.now() < deadline) {
      const res = await this.request('POST', '/api/catalog/entities/by-refs', {
        entityRefs: refs,
        fields: ['kind', 'metadata.name'],
      });
      if (res.status === 200) {
        missing = res.body.items.filter((e: unknown) => !e).length;
        if (missing === 0) return;
      }
      await sleep(1000);
    }
    throw new Error(
      `The catalog still lacks ${missing} of ${refs.length} entities after ${timeoutMs} ms`,
    );
  }

  private async taskState(): Promise<{
    status: 'idle' | 'running';
    startsAt?: string;
    lastRunError?: string;
  }> {
    const res = await this.request(
      'GET',
      '/api/porter/.backstage/scheduler/v1/tasks',
    );
    const task = res.body?.tasks?.find((t: any) => t.taskId === TASK);
    if (res.status !== 200 || !task?.taskState) {
      throw new Error(
        `No state for the task ${TASK}: ${res.status} ${JSON.stringify(
          res.body,
        )}`,
      );
    }
    return task.taskState;
  }

  /**
   * Whether no pass is running or due: after a pass the scheduler sets the
   * next start an interval ahead, so a start far ahead means done.
   */
  private settled(state: { status: string; startsAt?: string }): boolean {
    const ahead = state.startsAt
      ? Date.parse(state.startsAt) - Date.now()
      : Infinity;
    return (
      state.status === 'idle' && ahead > (RECONCILE_INTERVAL_SECONDS * 1000) / 2
    );
  }

  /**
   * Waits until no pass is running or about to start (a fresh backend runs
   * one shortly after it starts).
   */
  async waitForPassesToSettle(timeoutMs = 900_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.settled(await this.taskState())) {
      if (Date.now() > deadline) {
        throw new Error(
          `Reconcile passes did not settle within ${timeoutMs} ms`,
        );
      }
      await sleep(POLL_MS * 5);
    }
  }

  /**
   * Runs one reconcile pass now (the scheduler's trigger endpoint) and
   * resolves when it has finished; rejects if the pass failed.
   */
  async reconcile(timeoutMs = 900_000): Promise<PassTiming> {
    await this.waitForPassesToSettle(timeoutMs);
    const triggeredAt = Date.now();
    const trigger = await this.request(
      'POST',
      `/api/porter/.backstage/scheduler/v1/tasks/${TASK}/trigger`,
    );
    if (trigger.status !== 200) {
      throw new Error(
        `Could not trigger ${TASK}: ${trigger.status} ${JSON.stringify(
          trigger.body,
        )}`,
      );
    }
    let runningSince: number | undefined;
    for (;;) {
      const state = await this.taskState();
      const now = Date.now();
      if (state.status === 'running') runningSince ??= now;
      if (this.settled(state)) {
        if (state.lastRunError) {
          throw new Error(`The reconcile pass failed: ${state.lastRunError}`);
        }
        return {
          wallMs: runningSince === undefined ? 0 : now - runningSince,
          triggeredAt,
          doneAt: now,
        };
      }
      if (now - triggeredAt > timeoutMs) {
        throw new Error(
          `The reconcile pass did not finish within ${timeoutMs} ms`,
        );
      }
      await sleep(POLL_MS);
    }
  }
}
