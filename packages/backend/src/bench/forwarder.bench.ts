import { resolvePackagePath } from '@backstage/backend-plugin-api';
import {
  KubernetesApiEmulator,
  SANDBOX_BACKEND_ANNOTATION,
  startLoadBalancerStandIn,
} from '@internal/kubernetes-api-emulator';
import { execFile, spawn } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { freePort } from '../__testUtils__/harness';
import { BenchLine, emitBenchLines, round } from './benchLines';

/*
 * Benchmark, not a test (`./dev bench`): P5, the sandbox's TCP forwarder
 * (the load-balancer stand-in's listener on a TransportServer's VIP:port).
 * A client in another process (tcpProbe.ts) talks to a TCP echo server in a
 * third process (echoProcess.ts, as an application behind a load balancer
 * is) directly and through the forwarder, alternately. So the forwarder's
 * process does only the forwarder's work, as F5 would.
 */
jest.setTimeout(600_000);

const VIP = '127.0.99.1';
const ROUNDS = 7;
const MIB_PER_ROUND = 128;
const LATENCY_SAMPLES = 300;

/** Starts the echo server's process; resolves with its port and a way to stop it. */
function startEchoProcess(): Promise<{ port: number; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      resolvePackagePath('backend', 'src/bench/echoProcess.ts'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', data =>
      resolve({ port: Number(String(data).trim()), stop: () => child.kill() }),
    );
  });
}

interface ProbeFigures {
  throughputMiBps: { direct: number; through: number };
  latencyMs: { direct: number; through: number };
}

/** Runs the client process (tcpProbe.ts) against the backend directly and through a relay. */
async function probe(direct: string, through: string): Promise<ProbeFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      resolvePackagePath('backend', 'src/bench/tcpProbe.ts'),
      direct,
      through,
      String(ROUNDS),
      String(MIB_PER_ROUND),
      String(LATENCY_SAMPLES),
    ],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout);
}

/**
 * The same measurement through socat, a relay written in C, when the
 * machine has it: what any relay that copies bytes through its own process
 * reaches here. Each byte then crosses four sockets instead of two, with a
 * third busy process, so on a machine with few cores the ratio is bounded
 * well below 1 whatever the relay is written in.
 */
async function relayCeiling(echoPort: number): Promise<BenchLine | undefined> {
  const socat = await promisify(execFile)('sh', ['-c', 'command -v socat'])
    .then(r => r.stdout.trim())
    .catch(() => '');
  if (!socat) return undefined;
  const port = await freePort(VIP);
  const relay = spawn(
    socat,
    [
      `TCP-LISTEN:${port},bind=${VIP},reuseaddr,fork`,
      `TCP:127.0.0.1:${echoPort}`,
    ],
    { stdio: 'ignore' },
  );
  try {
    await waitForListener(VIP, port);
    const figures = await probe(`127.0.0.1:${echoPort}`, `${VIP}:${port}`);
    return {
      id: 'P5.ceiling',
      title:
        'the same through socat (a relay in C) ÷ direct loopback: what a relay in its own process reaches on this machine',
      value: round(
        figures.throughputMiBps.through / figures.throughputMiBps.direct,
      ),
      unit: '×',
      reference: {
        what: 'direct loopback to the echo server, median',
        value: round(figures.throughputMiBps.direct, 0),
        unit: 'MiB/s',
      },
      detail: `${round(
        figures.throughputMiBps.through,
        0,
      )} MiB/s through socat`,
    };
  } finally {
    relay.kill();
  }
}

/** Resolves once something accepts connections on host:port. */
async function waitForListener(host: string, port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>(resolve => {
      const socket = net.connect({ host, port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise(r => setTimeout(r, 50));
  }
  throw new Error(`Nothing listens on ${host}:${port}`);
}

it('measures P5: the sandbox TCP forwarder', async () => {
  const echo = await startEchoProcess();
  const port = await freePort(VIP);
  const emulator = new KubernetesApiEmulator({ clusters: ['silver'] });
  emulator.cluster('silver').seed([
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'db',
        namespace: 'bench',
        annotations: { [SANDBOX_BACKEND_ANNOTATION]: `127.0.0.1:${echo.port}` },
      },
      spec: { type: 'NodePort', ports: [{ port: 5432, targetPort: 5432 }] },
    },
    {
      apiVersion: 'cis.f5.com/v1',
      kind: 'TransportServer',
      metadata: { name: 'db', namespace: 'bench' },
      spec: {
        virtualServerAddress: VIP,
        virtualServerPort: port,
        mode: 'standard',
        type: 'tcp',
        pool: { service: 'db', servicePort: 5432 },
      },
    },
  ]);
  const standIn = startLoadBalancerStandIn({ emulator, clusters: ['silver'] });
  try {
    await standIn.idle();
    const ts = emulator
      .cluster('silver')
      .get('transportservers', 'bench', 'db');
    expect(ts.status?.status).toBe('Ok');

    const figures = await probe(`127.0.0.1:${echo.port}`, `${VIP}:${port}`);
    const lines: BenchLine[] = [
      {
        id: 'P5.throughput',
        title:
          'TCP throughput through the sandbox forwarder (VIP:port) ÷ direct loopback',
        value: round(
          figures.throughputMiBps.through / figures.throughputMiBps.direct,
        ),
        unit: '×',
        reference: {
          what: 'direct loopback to the echo server, median',
          value: round(figures.throughputMiBps.direct, 0),
          unit: 'MiB/s',
        },
        goal: { op: '>=', value: 0.8 },
        detail: `${round(
          figures.throughputMiBps.through,
          0,
        )} MiB/s through the forwarder (${ROUNDS} rounds of ${MIB_PER_ROUND} MiB echoed)`,
      },
      {
        id: 'P5.connect',
        title:
          'connect latency added by the forwarder (connect + first byte back), median',
        value: round(figures.latencyMs.through - figures.latencyMs.direct, 3),
        unit: 'ms',
        reference: {
          what: 'direct connect + first byte back, median',
          value: round(figures.latencyMs.direct, 3),
          unit: 'ms',
        },
        detail: `${LATENCY_SAMPLES} connections each way`,
      },
    ];
    const ceiling = await relayCeiling(echo.port);
    if (ceiling) lines.push(ceiling);
    emitBenchLines('forwarder', lines);
  } finally {
    await standIn.stop();
    echo.stop();
  }
});
