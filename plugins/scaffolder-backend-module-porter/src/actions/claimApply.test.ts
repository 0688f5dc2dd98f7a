import {
  ALICE,
  BOB,
  runAs,
  startPorterForActions,
} from '../__testUtils__/porterForActions';
import { createClaimApplyAction } from './claimApply';

jest.setTimeout(60_000);

const clamav = {
  cluster: 'silver',
  namespace: 'abc123-tools',
  name: 'clamav-tsc',
  service: 'clamav',
  servicePort: 3310,
  entityRef: 'component:default/clamav',
};

describe('porter:claim:apply', () => {
  let env: Awaited<ReturnType<typeof startPorterForActions>>;
  let action: ReturnType<typeof createClaimApplyAction>;
  beforeEach(async () => {
    env = await startPorterForActions();
    action = createClaimApplyAction(env.options);
  });
  afterEach(async () => {
    await env.porter.stop();
  });

  const claims = async () =>
    (await env.clientAs(ALICE).listClaims()).items.map(
      c => `${c.cluster}/${c.namespace}/${c.name}`,
    );

  it("creates the claim as the initiator and outputs its ref, ports, addresses and the entity's tab", async () => {
    const outputs = await runAs(action, ALICE, clamav);

    expect(outputs).toEqual({
      claimRef: 'silver/abc123-tools/clamav-tsc',
      created: true,
      // clamav is a ClusterIP Service: the ClusterIP pool's address, the range's first port.
      allocations: [
        { cluster: 'silver', address: '142.34.194.68', port: 30000 },
      ],
      addresses: [
        'silver: 142.34.194.68:30000 → Service clamav port 3310 in abc123-tools',
      ],
      entityUrl: '/catalog/default/component/clamav/porter',
    });
    const claim = await env.clientAs(ALICE).getClaim(clamav);
    expect(claim.entityRef).toBe('component:default/clamav');
    expect(claim.spec.monitor).toEqual({
      type: 'tcp',
      interval: 5,
      timeout: 16,
    });
    // The backend writes to the cluster after it has answered.
    await env.porter.synced();
    expect(
      env.porter.emulator
        .cluster('silver')
        .get('TransportServer', 'abc123-tools', 'clamav-tsc').spec,
    ).toMatchObject({ virtualServerAddress: '142.34.194.68' });
    // The backend saw the user, not the scaffolder: its audit event is the user's write.
    expect(env.porter.auditEvents).toEqual([
      expect.objectContaining({ eventId: 'claim-apply', outcome: 'success' }),
    ]);
  });

  it('claims both sides of a pair with the given monitor and overrideServicePort, and reports an update the second time', async () => {
    const patroni = {
      cluster: 'gold',
      namespace: 'abc123-prod',
      name: 'patroni-tsc',
      service: 'patroni',
      servicePort: 5432,
      monitor: { interval: 10, timeout: 31 },
      overrideServicePort: true,
      entityRef: 'component:default/patroni',
    };
    const first = await runAs(action, ALICE, patroni);
    expect(first.allocations).toEqual([
      { cluster: 'gold', address: '142.34.229.62', port: 40000 },
      { cluster: 'golddr', address: '142.34.64.62', port: 50000 },
    ]);
    expect(first.addresses).toEqual([
      'gold: 142.34.229.62:40000 → Service patroni port 5432 in abc123-prod',
      'golddr: 142.34.64.62:50000 → Service patroni port 5432 in abc123-prod',
    ]);
    const stored = await env.clientAs(ALICE).getClaim(patroni);
    expect(stored.spec).toMatchObject({
      monitor: { type: 'tcp', interval: 10, timeout: 31 },
      overrideServicePort: true,
    });

    const again = await runAs(action, ALICE, {
      ...patroni,
      monitor: { interval: 20, timeout: 61 },
    });
    expect(again.created).toBe(false);
    expect(again.allocations).toEqual(first.allocations);
  });

  it("fails with the backend's 403 message for a user the cluster does not let write there, and writes nothing", async () => {
    await expect(runAs(action, BOB, clamav)).rejects.toThrow(
      expect.objectContaining({
        name: 'NotAllowedError',
        message:
          "Cluster 'silver' does not allow user 'bob' (groups: team-b) to create transportserverclaims.porter.devops.gov.bc.ca in namespace 'abc123-tools' (RBAC). Ask the namespace's admins for a RoleBinding. (HTTP 403)",
      }),
    );
    expect(await claims()).toEqual([]);
    expect(env.clusterWrites()).toEqual([]);
  });

  it('a dry run outputs the allocation the claim would get and writes nothing', async () => {
    const preview = await runAs(action, ALICE, clamav, { isDryRun: true });
    // The Service is ClusterIP, so the address comes from that pool, in the dry run as in the apply.
    expect(preview).toMatchObject({
      claimRef: 'silver/abc123-tools/clamav-tsc',
      created: true,
      allocations: [
        { cluster: 'silver', address: '142.34.194.68', port: 30000 },
      ],
      addresses: [
        'silver: 142.34.194.68:30000 → Service clamav port 3310 in abc123-tools',
      ],
    });
    expect(await claims()).toEqual([]);
    expect(env.clusterWrites()).toEqual([]);
    expect(env.porter.auditEvents).toEqual([]);

    const applied = await runAs(action, ALICE, clamav);
    expect(applied.allocations).toEqual([
      { cluster: 'silver', address: '142.34.194.68', port: 30000 },
    ]);
  });

  it('a dry run by a user without permission fails the same way', async () => {
    await expect(
      runAs(action, BOB, clamav, { isDryRun: true }),
    ).rejects.toThrow(
      /Cluster 'silver' does not allow user 'bob' .* to create transportserverclaims.*\(HTTP 403\)/,
    );
  });

  it.each([
    [
      'a timeout below the interval',
      { monitor: { interval: 30, timeout: 10 } },
      'monitor.timeout: monitor.timeout must be at least monitor.interval',
    ],
    [
      'a claim name that is not a DNS label',
      { name: 'ClamAV_tsc' },
      'name: name must be a DNS-1123 label',
    ],
    [
      'a port out of range',
      { servicePort: 70000 },
      'servicePort: servicePort must be between 1 and 65535',
    ],
  ])(
    'refuses %s with the shared schema’s message before calling the backend',
    async (_, change, message) => {
      await expect(
        runAs(action, ALICE, { ...clamav, ...change }),
      ).rejects.toThrow(
        expect.objectContaining({
          name: 'InputError',
          message: expect.stringContaining(message),
        }),
      );
      expect(env.porter.auditEvents).toEqual([]);
      expect(await claims()).toEqual([]);
    },
  );

  it('names the primary when asked to claim in a pair’s secondary', async () => {
    await expect(
      runAs(action, ALICE, {
        ...clamav,
        cluster: 'golddr',
        namespace: 'abc123-prod',
        service: 'patroni',
        servicePort: 5432,
        entityRef: 'component:default/patroni',
      }),
    ).rejects.toThrow(/gold/);
    expect(env.clusterWrites()).toEqual([]);
  });
});
