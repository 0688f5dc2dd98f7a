/*
 * How a call to a cluster fails, as Porter tells it: every request is
 * bounded by a timeout, and whatever client-node throws comes out as one of
 * two errors, so callers decide by type (retry later, or report a refusal).
 */

/** A cluster could not be reached, or answered with a server error. */
export class ClusterUnavailableError extends Error {
  constructor(readonly cluster: string, reason: string) {
    super(`Cluster '${cluster}' is unavailable: ${reason}`);
    this.name = 'ClusterUnavailableError';
  }
}

/** The cluster answered with a 4xx (not 404): Porter's request was refused. */
export class ClusterRequestError extends Error {
  constructor(
    readonly cluster: string,
    readonly code: number,
    message: string,
  ) {
    super(`Cluster '${cluster}' refused the request (${code}): ${message}`);
    this.name = 'ClusterRequestError';
  }
}

/** Runs one request to `cluster`, given up after `timeoutMs`, its errors as the two types above. */
export async function callCluster<T>(
  cluster: string,
  timeoutMs: number,
  request: () => Promise<T>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ClusterUnavailableError(
            cluster,
            `no answer within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([request(), timeout]);
  } catch (error) {
    throw translate(cluster, error);
  } finally {
    clearTimeout(timer);
  }
}

function translate(cluster: string, error: unknown): Error {
  if (
    error instanceof ClusterUnavailableError ||
    error instanceof ClusterRequestError
  )
    return error;
  const e = error as { code?: unknown; body?: unknown; message?: string };
  if (typeof e.code === 'number') {
    const message = statusMessage(e.body) ?? e.message ?? 'no message';
    return e.code >= 500
      ? new ClusterUnavailableError(cluster, `HTTP ${e.code}: ${message}`)
      : new ClusterRequestError(cluster, e.code, message);
  }
  return new ClusterUnavailableError(cluster, e.message ?? String(error));
}

/** The `message` of a Kubernetes Status body, if the error carries one. */
function statusMessage(body: unknown): string | undefined {
  try {
    const parsed = typeof body === 'string' ? JSON.parse(body) : body;
    return typeof parsed?.message === 'string' ? parsed.message : undefined;
  } catch {
    return typeof body === 'string' && body ? body : undefined;
  }
}
