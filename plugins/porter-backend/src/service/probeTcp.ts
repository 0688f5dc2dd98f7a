import { Socket } from 'node:net';

export interface ProbeResult {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/**
 * Opens a TCP connection and closes it: the seed's
 * `timeout N bash -c ">/dev/tcp/ADDR/PORT"` test, from the backend.
 */
export function probeTcp(
  address: string,
  port: number,
  timeoutMs: number,
): Promise<ProbeResult> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number((process.hrtime.bigint() - started) / 1000000n);
  return new Promise(resolve => {
    const socket = new Socket();
    const finish = (result: ProbeResult) => {
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

/** The commands a person can run to test the same thing, from a shell or a pod. */
export function probeCommands(
  address: string,
  port: number,
  timeoutSeconds: number,
): string[] {
  return [
    `timeout ${timeoutSeconds} bash -c ">/dev/tcp/${address}/${port}"; echo $?`,
    `nc -vz -w ${timeoutSeconds} ${address} ${port}`,
  ];
}
