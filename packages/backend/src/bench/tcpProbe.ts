/*
 * The client side of the forwarder benchmark, in its own process so that it
 * does not share an event loop with the forwarder and the echo server:
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs tcpProbe.ts \
 *     <direct host:port> <through host:port> <rounds> <MiB per round> <latency samples>
 *
 * Against two TCP echo endpoints (the backend directly, and the same backend
 * through the forwarder), alternately: throughput (send MiB, read them all
 * back) and connect latency (connect, send a byte, get it back). Prints the
 * medians as JSON.
 */
import net from 'node:net';

type Endpoint = { host: string; port: number };

const parse = (text: string): Endpoint => {
  const [host, port] = text.split(':');
  return { host, port: Number(port) };
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** MiB per second: `bytes` sent and all of them read back. */
function throughput(to: Endpoint, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 7);
    let received = 0;
    const started = process.hrtime.bigint();
    const socket = net.connect(to, () => {
      let sent = 0;
      const pump = () => {
        while (sent < bytes) {
          sent += chunk.length;
          if (!socket.write(chunk)) {
            socket.once('drain', pump);
            return;
          }
        }
      };
      pump();
    });
    socket.on('data', data => {
      received += data.length;
      if (received >= bytes) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        socket.destroy();
        resolve(bytes / 1024 / 1024 / seconds);
      }
    });
    socket.on('error', reject);
  });
}

/** Milliseconds from connect() to the first byte echoed back. */
function connectLatency(to: Endpoint): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const socket = net.connect(to, () => socket.write('x'));
    socket.once('data', () => {
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
      socket.destroy();
    });
    socket.on('error', reject);
  });
}

async function main() {
  const [direct, through] = [parse(process.argv[2]), parse(process.argv[3])];
  const rounds = Number(process.argv[4]);
  const bytes = Number(process.argv[5]) * 1024 * 1024;
  const samples = Number(process.argv[6]);
  const rate = { direct: [] as number[], through: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    rate.direct.push(await throughput(direct, bytes));
    rate.through.push(await throughput(through, bytes));
  }
  const latency = { direct: [] as number[], through: [] as number[] };
  for (let i = 0; i < samples; i++) {
    latency.direct.push(await connectLatency(direct));
    latency.through.push(await connectLatency(through));
  }
  process.stdout.write(
    JSON.stringify({
      throughputMiBps: {
        direct: median(rate.direct),
        through: median(rate.through),
      },
      latencyMs: {
        direct: median(latency.direct),
        through: median(latency.through),
      },
    }),
  );
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
