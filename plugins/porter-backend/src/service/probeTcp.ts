import type { ProbeResult } from '@internal/plugin-porter-common';
import { Socket } from 'node:net';

/** What a connect attempt found (the rest of a `ProbeResult` is the caller's). */
export type ConnectOutcome = Pick<ProbeResult, 'ok' | 'latencyMs' | 'error'>;

/**
 * Opens a TCP connection and closes it: the seed's
 * `timeout N bash -c ">/dev/tcp/ADDR/PORT"` test, from the backend.
 */
export function probeTcp(
  address: string,
  port: number,
  timeoutMs: number,
): Promise<ConnectOutcome> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number((process.hrtime.bigint() - started) / 1000000n);
  return new Promise(resolve => {
    const socket = new Socket();
    const finish = (result: ConnectOutcome) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () =>
      finish({
        ok: false,
        latencyMs: elapsed(),
        error: `no connection within ${timeoutMs} ms`,
      }),
    );
    socket.once('connect', () => finish({ ok: true, latencyMs: elapsed() }));
    socket.once('error', error =>
      finish({ ok: false, latencyMs: elapsed(), error: error.message }),
    );
    socket.connect(port, address);
  });
}
