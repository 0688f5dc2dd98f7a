import * as k8s from '@kubernetes/client-node';
import { KubernetesApiEmulator } from '../KubernetesApiEmulator';
import {
  kubeConfigFor,
  service,
  transportServer,
} from '../__testUtils__/clientNode';
import {
  connectOutcome,
  eventually,
  freePort,
  roundTrip,
} from '../__testUtils__/tcp';
import { EmulatorServer } from '../transports/httpServer';
import { EchoServer, startEchoServer } from './echoServer';
import {
  LoadBalancerStandIn,
  startLoadBalancerStandIn,
} from './loadBalancerStandIn';
import { SANDBOX_BACKEND_ANNOTATION } from './sandboxBackend';

const VIP = '127.0.10.50';
const ts = {
  group: 'cis.f5.com',
  version: 'v1',
  namespace: 'a1-dev',
  plural: 'transportservers',
};

let emulator: KubernetesApiEmulator;
let front: EmulatorServer;
let echo: EchoServer;
let standIn: LoadBalancerStandIn;
let custom: k8s.CustomObjectsApi;
const logs: string[] = [];

beforeEach(async () => {
  emulator = new KubernetesApiEmulator();
  echo = await startEchoServer();
  const svc = service('a1-dev', 'yourservice');
  svc.metadata!.annotations = {
    [SANDBOX_BACKEND_ANNOTATION]: `127.0.0.1:${echo.port}`,
  };
  emulator.cluster('silver').seed([svc, service('a1-dev', 'no-backend')]);
  front = await emulator.listen('silver');
  custom = kubeConfigFor(front.url).makeApiClient(k8s.CustomObjectsApi);
  logs.length = 0;
  standIn = startLoadBalancerStandIn({
    emulator,
    clusters: ['silver'],
    logger: {
      info: m => logs.push(`info ${m}`),
      warn: m => logs.push(`warn ${m}`),
    },
  });
});

afterEach(async () => {
  await standIn.stop();
  await front.close();
  await echo.close();
});

/** The TransportServer's status once the stand-in has written one. */
const statusOf = (name: string) =>
  eventually(
    () => emulator.cluster('silver').get('ts', 'a1-dev', name)?.status,
    `status of ${name}`,
  );

describe('load-balancer stand-in', () => {
  it('opens the VIP, forwards to the echo backend, reports Ok, and closes on delete', async () => {
    const port = await freePort(VIP);
    await custom.createNamespacedCustomObject({
      ...ts,
      body: transportServer('a1-dev', 'ts1', {
        virtualServerAddress: VIP,
        virtualServerPort: port,
      }),
    });
    const status = await statusOf('ts1');
    expect(status).toEqual({
      status: 'Ok',
      vsAddress: VIP,
      lastUpdated: expect.stringMatching(/Z$/),
    });
    // Porter reads it through the API, like F5 CIS's status on the platform.
    const read: any = await custom.getNamespacedCustomObjectStatus({
      ...ts,
      name: 'ts1',
    });
    expect(read.status.status).toBe('Ok');

    expect(await roundTrip(VIP, port, 'hello through the VIP')).toBe(
      'hello through the VIP',
    );

    await custom.deleteNamespacedCustomObject({ ...ts, name: 'ts1' });
    await standIn.idle();
    expect(await connectOutcome(VIP, port)).toBe('ECONNREFUSED');
    expect(logs.some(l => l.includes(`closed ${VIP}:${port}`))).toBe(true);
  });

  it('moves the listener when the port changes', async () => {
    const [first, second] = [
      await freePort(VIP),
      await freePort('127.0.10.51'),
    ];
    await custom.createNamespacedCustomObject({
      ...ts,
      body: transportServer('a1-dev', 'ts1', {
        virtualServerAddress: VIP,
        virtualServerPort: first,
      }),
    });
    await statusOf('ts1');
    await custom.patchNamespacedCustomObject(
      {
        ...ts,
        name: 'ts1',
        body: {
          spec: {
            virtualServerAddress: '127.0.10.51',
            virtualServerPort: second,
          },
        },
      },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    await standIn.idle();
    expect(await connectOutcome(VIP, first)).toBe('ECONNREFUSED');
    expect(await roundTrip('127.0.10.51', second, 'moved')).toBe('moved');
    expect(
      emulator.cluster('silver').get('ts', 'a1-dev', 'ts1').status.vsAddress,
    ).toBe('127.0.10.51');
  });

  it('reports an error until the Service names a backend, then opens', async () => {
    const port = await freePort(VIP);
    await custom.createNamespacedCustomObject({
      ...ts,
      body: transportServer('a1-dev', 'ts2', {
        virtualServerAddress: VIP,
        virtualServerPort: port,
        pool: { service: 'no-backend', servicePort: 8000 },
      }),
    });
    const status = await statusOf('ts2');
    expect(status.status).toBe('error');
    expect(status.error).toMatch(
      /Service a1-dev\/no-backend has no sandbox\.porter\.devops\.gov\.bc\.ca\/backend annotation/,
    );
    expect(await connectOutcome(VIP, port)).toBe('ECONNREFUSED');
    await standIn.idle();
    // Its own status write comes back as an event; it is not re-reported.
    expect(logs.filter(l => l.startsWith('warn'))).toHaveLength(1);

    emulator.cluster('silver').update('svc', 'a1-dev', 'no-backend', obj => {
      obj.metadata.annotations = {
        [SANDBOX_BACKEND_ANNOTATION]: `127.0.0.1:${echo.port}`,
      };
    });
    await standIn.idle();
    expect(
      emulator.cluster('silver').get('ts', 'a1-dev', 'ts2').status.status,
    ).toBe('Ok');
    expect(await roundTrip(VIP, port, 'now open')).toBe('now open');
  });

  it('reports an error for a missing Service, a taken port and a non-loopback VIP', async () => {
    const taken = await startEchoServer({ host: VIP });
    try {
      const cluster = emulator.cluster('silver');
      cluster.seed([
        transportServer('a1-dev', 'missing', {
          virtualServerAddress: VIP,
          pool: { service: 'nope' },
        }),
        transportServer('a1-dev', 'taken', {
          virtualServerAddress: VIP,
          virtualServerPort: taken.port,
        }),
        transportServer('a1-dev', 'remote', {
          virtualServerAddress: '10.0.0.5',
        }),
      ]);
      expect((await statusOf('missing')).error).toBe(
        'Service a1-dev/nope not found in cluster silver',
      );
      expect((await statusOf('taken')).error).toMatch(
        new RegExp(`cannot listen on ${VIP}:${taken.port}: .*EADDRINUSE`),
      );
      expect((await statusOf('remote')).error).toMatch(
        /only opens loopback VIPs/,
      );
    } finally {
      await taken.close();
    }
  });

  it('picks up TransportServers that exist before it starts, and stop() closes them', async () => {
    await standIn.stop();
    const port = await freePort(VIP);
    emulator.cluster('silver').seed([
      transportServer('a1-dev', 'early', {
        virtualServerAddress: VIP,
        virtualServerPort: port,
      }),
    ]);
    standIn = startLoadBalancerStandIn({ emulator, clusters: ['silver'] });
    expect((await statusOf('early')).status).toBe('Ok');
    expect(await roundTrip(VIP, port, 'early bird')).toBe('early bird');
    await standIn.stop();
    expect(await connectOutcome(VIP, port)).toBe('ECONNREFUSED');
  });
});
