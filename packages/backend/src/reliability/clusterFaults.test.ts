import type { EmulatedCluster } from '@internal/kubernetes-api-emulator';
import {
  allocationProblems,
  Answer,
  claimSpec,
  clusterProblems,
  entityRefOf,
  inParallel,
  listAllClaims,
  makeTenants,
  OutcomeTally,
  Portal,
  readPorterTables,
  reportTransportServersOk,
  Tenant,
} from '../__testUtils__/harness';

/*
 * R2: faults injected in the emulated clusters while claims are applied,
 * updated and deleted (server errors, conflicts, timeouts, a cluster down
 * for a whole phase). Afterwards, once the faults are gone and the
 * reconciler has run: every claim is Ready everywhere, no object is left
 * without its claim, and the port table matches the claims exactly.
 */
jest.setTimeout(600_000);

const IN_FLIGHT = 6;
/** Porter gives up on a cluster after this long; the delay fault is longer. */
const CLUSTER_TIMEOUT_MS = 1000;

type Phase = 'applies' | 'updates' | 'deletes';

/** The faults, per phase: each is injected when its phase starts and cleared when it ends. */
const FAULTS: Array<{
  phase: Phase;
  cluster: string;
  what: string;
  inject: (cluster: EmulatedCluster) => void;
}> = [
  {
    phase: 'applies',
    cluster: 'silver',
    what: 'the next 40 requests fail with 500',
    inject: c => c.faults.failNext(40, 500),
  },
  {
    phase: 'applies',
    cluster: 'gold',
    what: 'the next 15 creates fail with 409 (as if the object were there)',
    inject: c => c.faults.failNext(15, 409, { method: 'POST' }),
  },
  {
    phase: 'applies',
    cluster: 'golddr',
    what: 'down (connections reset) for the whole phase',
    inject: c => {
      c.faults.down = true;
    },
  },
  {
    phase: 'updates',
    cluster: 'gold',
    what: `every answer ${CLUSTER_TIMEOUT_MS + 500} ms late (Porter times out)`,
    inject: c => {
      c.faults.delayMs = CLUSTER_TIMEOUT_MS + 500;
    },
  },
  {
    phase: 'updates',
    cluster: 'silver',
    what: 'the next 20 replaces fail with 409 (a concurrent edit) and 20 requests with 503',
    inject: c => {
      c.faults.failNext(20, 409, { method: 'PUT' });
      c.faults.failNext(20, 503);
    },
  },
  {
    phase: 'deletes',
    cluster: 'silver',
    what: 'down (connections reset) for the whole phase',
    inject: c => {
      c.faults.down = true;
    },
  },
  {
    phase: 'deletes',
    cluster: 'golddr',
    what: 'the next 20 deletes fail with 500',
    inject: c => c.faults.failNext(20, 500, { method: 'DELETE' }),
  },
  {
    phase: 'updates',
    cluster: 'gold',
    what: 'every watch dropped, and new ones refused for 2 s',
    inject: c => {
      c.faults.dropWatches();
      c.faults.refuseWatches(2000);
    },
  },
];

interface Op {
  tenant: Tenant;
  name: string;
  service: string;
  interval?: number;
}

describe('R2: faults in the clusters during applies, updates and deletes', () => {
  const tenants = [
    ...makeTenants({ cluster: 'silver', count: 6, services: 12, prefix: 'fa' }),
    ...makeTenants({ cluster: 'gold', count: 6, services: 12, prefix: 'fb' }),
  ];
  let portal: Portal;
  let stopLoadBalancer: () => void;

  beforeAll(async () => {
    portal = await Portal.start({
      database: 'sqlite',
      tenants,
      porter: {
        reconcile: { clusterTimeoutMs: CLUSTER_TIMEOUT_MS },
        // Kept for the whole run: see the warm-up below.
        authorization: { namespaceAccess: 'cluster', cacheSeconds: 600 },
      },
    });
    stopLoadBalancer = reportTransportServersOk(portal.clusters.emulator);
  });

  afterAll(async () => {
    stopLoadBalancer?.();
    await portal?.stop();
  });

  it('converges after the faults, with nothing orphaned or leaked', async () => {
    const client = await portal.client();
    const tally = new OutcomeTally();
    const figures: string[] = [];
    const path = (op: Op) =>
      `/clusters/${op.tenant.cluster}/namespaces/${op.tenant.namespace}/claims/${op.name}`;

    const runPhase = async (
      phase: Phase,
      ops: Op[],
      send: (op: Op) => Promise<Answer>,
    ) => {
      const faults = FAULTS.filter(f => f.phase === phase);
      for (const fault of faults) {
        fault.inject(portal.clusters.emulator.cluster(fault.cluster));
      }
      const mark = portal.clusters.counter.mark();
      const started = Date.now();
      const results = await inParallel(
        ops.map(op => () => send(op)),
        IN_FLIGHT,
      );
      // The cluster writes follow the answers: the faults stay until they have ended.
      await portal.clusters.counter.quiet(2 * (CLUSTER_TIMEOUT_MS + 500));
      const requests = portal.clusters.counter.since(mark);
      for (const name of ['silver', 'gold', 'golddr']) {
        portal.clusters.emulator.cluster(name).faults.reset();
      }
      results.forEach((r, i) =>
        tally.record(`${phase} ${ops[i].tenant.namespace}/${ops[i].name}`, r),
      );
      figures.push(
        `  ${phase}: ${ops.length} in ${((Date.now() - started) / 1000).toFixed(
          1,
        )} s; cluster requests ${
          requests.calls
        }, of which failed or unanswered ${requests.failed}; faults: ${faults
          .map(f => `${f.cluster} ${f.what}`)
          .join('; ')}`,
      );
    };

    // The cluster decides who may write where (a SubjectAccessReview), and a
    // cluster that fails cannot be asked: Porter then answers 503, writing
    // nothing. R2 is about writes under faults, so each namespace's answer is
    // asked for once before any fault, and kept for the run.
    for (const tenant of tenants) {
      const access = await client.porter(
        'GET',
        `/clusters/${tenant.cluster}/namespaces/${tenant.namespace}/access`,
      );
      expect(access.status).toBe(200);
    }

    // 5 claims per namespace.
    const claims: Op[] = tenants.flatMap(tenant =>
      tenant.services
        .slice(0, 5)
        .map(service => ({ tenant, name: `${service}-tcp`, service })),
    );
    await runPhase('applies', claims, op =>
      client.porter('PUT', path(op), {
        spec: claimSpec(op.service),
        entityRef: entityRefOf(op.tenant),
      }),
    );

    // Per namespace: two monitors changed, one claim moved to another Service.
    const updates: Op[] = tenants.flatMap(tenant => {
      const own = claims.filter(c => c.tenant === tenant);
      return [
        { ...own[0], interval: 20 },
        { ...own[1], interval: 30 },
        { ...own[2], service: tenant.services[10] },
      ];
    });
    await runPhase('updates', updates, op =>
      client.porter('PUT', path(op), {
        spec: claimSpec(op.service, op.interval),
        entityRef: entityRefOf(op.tenant),
      }),
    );

    // Per namespace: one claim deleted, one of them just updated.
    const deletes: Op[] = tenants.flatMap(tenant => {
      const own = claims.filter(c => c.tenant === tenant);
      return [own[1], own[4]];
    });
    await runPhase('deletes', deletes, op => client.porter('DELETE', path(op)));

    // Faults gone: the reconciler brings everything back.
    let passes = 0;
    let notReady: string[] = [];
    let problems: string[] = [];
    let objects = 0;
    let tables = await readPorterTables(portal);
    while (passes < 3) {
      const mark = portal.clusters.counter.mark();
      const pass = await client.reconcile();
      const repaired = portal.clusters.counter.since(mark);
      passes++;
      figures.push(
        `  pass ${passes}: ${(pass.wallMs / 1000).toFixed(1)} s, ${
          repaired.objectsWritten
        } objects written (${repaired.writes} writes)`,
      );
      tables = await readPorterTables(portal);
      const clusters = await clusterProblems(portal, client, tables.claims);
      objects = clusters.objects;
      problems = [...clusters.problems, ...allocationProblems(tables)];
      notReady = (await listAllClaims(client)).flatMap(claim =>
        claim.status.sides
          .filter((s: any) => s.phase !== 'Ready')
          .map(
            (s: any) =>
              `${claim.cluster}/${claim.namespace}/${claim.name}@${
                s.cluster
              }: ${s.phase} ${s.reasons.join(' ')}`,
          ),
      );
      if (problems.length === 0 && notReady.length === 0) break;
    }

    process.stdout.write(
      [
        '',
        `R2: ${claims.length} applies, ${updates.length} updates, ${deletes.length} deletes under faults, ${IN_FLIGHT} in flight`,
        ...figures,
        `  answers: ${tally}`,
        `  converged after ${passes} pass(es): ${
          tables.claims.length
        } claims, all sides Ready: ${
          notReady.length === 0
        }; ${objects} Porter objects in the clusters; ${
          tables.ports.filter(p => p.state === 'allocated').length
        } ports allocated, ${
          tables.ports.filter(p => p.state === 'retained').length
        } retained`,
        // What is still wrong, if anything, with the sides' own reasons.
        ...notReady.slice(0, 10).map(line => `  not ready: ${line}`),
        '',
      ].join('\n'),
    );

    expect(tally.unexpected).toEqual([]);
    expect(problems).toEqual([]);
    expect(notReady).toEqual([]);
    expect(tables.claims).toHaveLength(claims.length - deletes.length);
  });
});
