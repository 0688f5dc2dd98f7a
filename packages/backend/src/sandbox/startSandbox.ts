import { LoggerService } from '@backstage/backend-plugin-api';
import {
  KubernetesApiEmulator,
  startEchoServer,
  startLoadBalancerStandIn,
} from '@internal/kubernetes-api-emulator';
import { readFixtures } from './readFixtures';

export interface SandboxOptions {
  /** Folder with one `<cluster>.yaml` of fixtures per cluster. */
  fixturesDir: string;
  clusters: Array<{ name: string; port: number; token?: string }>;
  logger: LoggerService;
}

const BACKEND_ANNOTATION = 'sandbox.porter.devops.gov.bc.ca/backend';

/**
 * Starts the emulated clusters: an API emulator per cluster on
 * 127.0.0.1:<port>, seeded from the fixtures; a TCP echo server for every
 * Service backend the fixtures name; and the load-balancer stand-in that
 * turns TransportServers into real listeners on their loopback VIPs.
 */
export async function startSandbox(options: SandboxOptions) {
  const { logger } = options;
  const emulator = new KubernetesApiEmulator({
    clusters: options.clusters.map(c => ({ name: c.name, token: c.token })),
  });
  const stops: Array<() => Promise<void>> = [];
  const backends = new Set<string>();

  for (const cluster of options.clusters) {
    const objects = readFixtures(options.fixturesDir, cluster.name);
    emulator.cluster(cluster.name).seed(objects);
    for (const o of objects) {
      const backend = o.metadata?.annotations?.[BACKEND_ANNOTATION];
      if (backend) backends.add(backend);
    }
    const server = await emulator.listen(cluster.name, {
      host: '127.0.0.1',
      port: cluster.port,
    });
    stops.push(server.close);
    logger.info(
      `Sandbox: EMULATED cluster '${cluster.name}' at ${server.url} (${objects.length} objects)`,
    );
  }

  for (const backend of backends) {
    const [host, port] = backend.split(':');
    try {
      const echo = await startEchoServer({ host, port: Number(port) });
      stops.push(echo.close);
    } catch (error) {
      logger.warn(
        `Sandbox: could not start the echo backend on ${backend}: ${error}`,
      );
    }
  }

  const standIn = startLoadBalancerStandIn({
    emulator,
    clusters: options.clusters.map(c => c.name),
    logger,
  });
  stops.push(() => standIn.stop());

  return {
    emulator,
    async stop() {
      for (const stop of stops.reverse()) {
        await stop().catch(() => {});
      }
    },
  };
}
