import {
  BulkClaim,
  claimSpec,
  DatabaseKind,
  entityRefOf,
  makeTenants,
  Portal,
  postgresAvailable,
  reportTransportServersOk,
  seedClaimsInBulk,
  Tenant,
} from '../__testUtils__/harness';
import { BenchLine, emitBenchLines, round } from './benchLines';
import { driftPorterObjects, restoredCount } from './drift';
import {
  expectStatus,
  measureApplies,
  measureTab,
  p1Lines,
  probeDuring,
  SAMPLES,
  tabQuery,
  TRIVIAL_GET,
} from './measurements';

/*
 * Benchmark, not a test (`./dev bench`): the real backend, on PostgreSQL and
 * on SQLite, against emulated clusters. Prints figures; asserts only that
 * the requests it times succeed and that drift is repaired. Environment:
 *   PORTER_BENCH_CLAIMS         claims stored on PostgreSQL (default 10000)
 *   PORTER_BENCH_SQLITE_CLAIMS  claims stored on SQLite (default 1000: SQLite
 *                               is the development database, and today a
 *                               pass over 10,000 claims takes minutes on it)
 *   PORTER_BENCH_DATABASES      which databases (default postgres,sqlite)
 */
jest.setTimeout(3_600_000);

const CLAIMS: Record<DatabaseKind, number> = {
  postgres: Number(process.env.PORTER_BENCH_CLAIMS ?? 10_000),
  sqlite: Number(process.env.PORTER_BENCH_SQLITE_CLAIMS ?? 1_000),
};
const DATABASES = (process.env.PORTER_BENCH_DATABASES ?? 'postgres,sqlite')
  .split(',')
  .filter(d => d === 'sqlite' || (d === 'postgres' && postgresAvailable()));
/** Claims per generated namespace (and Services in it). */
const PER_NAMESPACE = 50;
/** Claims created before P1 measures, at the small size. */
const SMALL = 10;
const DRIFT = 0.01;

const lines: BenchLine[] = [];
afterAll(() => emitBenchLines('portal', lines));

/** Half the claims in Silver, half in the Gold/GoldDR pair; a namespace of spare Services for P1. */
function layout(claims: number) {
  const namespaces = Math.max(1, Math.round(claims / 2 / PER_NAMESPACE));
  const silver = makeTenants({
    cluster: 'silver',
    count: namespaces,
    services: PER_NAMESPACE,
    prefix: 'bs',
  });
  const gold = makeTenants({
    cluster: 'gold',
    count: namespaces,
    services: PER_NAMESPACE,
    prefix: 'bg',
  });
  const [p1] = makeTenants({
    cluster: 'silver',
    count: 1,
    services: SMALL + 2 * SAMPLES + 10,
    prefix: 'bench-p',
  });
  return { silver, gold, p1, all: [...silver, ...gold, p1] };
}

function bulkClaims(tenants: Tenant[]): BulkClaim[] {
  return tenants.flatMap(tenant =>
    tenant.services.map(service => ({
      cluster: tenant.cluster,
      namespace: tenant.namespace,
      name: `${service}-tcp`,
      entityRef: entityRefOf(tenant),
      spec: claimSpec(service),
    })),
  );
}

describe.each(DATABASES)('portal benchmark on %s', database => {
  it('measures P1, P3 and P4', async () => {
    const db = database as DatabaseKind;
    const tenants = layout(CLAIMS[db]);
    const portal = await Portal.start({
      database: db,
      tenants: tenants.all,
      porter: { quota: { perNamespace: 200 } },
    });
    const stopLoadBalancer = reportTransportServersOk(portal.clusters.emulator);
    const counter = portal.clusters.counter;
    try {
      // P1 with a few claims stored.
      let client = await portal.client();
      let next = 0;
      for (; next < SMALL; next++) {
        const service = tenants.p1.services[next];
        await expectStatus(
          'create',
          client.porter(
            'PUT',
            `/clusters/silver/namespaces/${tenants.p1.namespace}/claims/${service}-tcp`,
            { spec: claimSpec(service), entityRef: entityRefOf(tenants.p1) },
          ),
          201,
        );
      }
      const small = await measureApplies(client, tenants.p1, next, 0);
      next = small.next;
      lines.push(...p1Lines(db, SMALL, SMALL, small));

      // Store the large set, as if created through the API, with the backend down.
      await portal.backends[0]!.stop();
      const claims = bulkClaims([...tenants.silver, ...tenants.gold]);
      const seeded = await seedClaimsInBulk(portal, claims);
      process.stdout.write(
        `\n[${db}] stored ${claims.length} claims and put ${seeded.objects} objects into the clusters in ${seeded.durationMs} ms\n`,
      );
      const stored = claims.length + next;

      // P3: a fresh start and its first pass, then a pass with nothing to do.
      const cold = counter.mark();
      await portal.startBackend(0);
      client = await portal.client();
      const coldPass = await client.reconcile();
      const coldCalls = counter.since(cold);
      const claimsRef = {
        what: 'claims stored',
        value: stored,
        unit: 'claims',
      };
      // Every request counts here, watches too: a streaming list reads the
      // state through its watch.
      lines.push({
        id: 'P3.cold.calls',
        title:
          'API requests from backend start to the end of its first pass (reading the initial state included, watches counted)',
        database: db,
        value: coldCalls.calls + coldCalls.watches,
        unit: 'requests',
        reference: claimsRef,
        goal: { op: '<=', value: 30 },
        detail: `${coldCalls.watches} watches, ${
          coldCalls.reads
        } other reads, ${coldCalls.writes} writes; first pass ${round(
          coldPass.wallMs / 1000,
          1,
        )} s`,
      });

      // P4 with the large set stored.
      const tenant = tenants.silver[Math.floor(tenants.silver.length / 2)];
      const tab = await measureTab(client, tenant);
      lines.push({
        id: `P4.tab@${CLAIMS[db]}`,
        title: `the entity tab's request (GET /claims?entityRef=…, first page) ÷ trivial GET, ${stored.toLocaleString(
          'en-US',
        )} claims stored`,
        database: db,
        value: round(tab.tab / tab.get),
        unit: '×',
        reference: { what: TRIVIAL_GET, value: round(tab.get), unit: 'ms' },
        goal: { op: '<=', value: 2 },
        detail: `${round(tab.tab, 1)} ms, ${tab.items} claims, ${
          tab.bytes
        } bytes`,
      });

      // P3: a pass with nothing to do, while a user keeps reading.
      const steady = counter.mark();
      const probed = await probeDuring(client.reconcile(), {
        trivial: () => client.porter('GET', '/clusters'),
        tab: () => client.porter('GET', `/claims?${tabQuery(tenant)}`),
      });
      const steadyPass = probed.result;
      const steadyCalls = counter.since(steady);
      const perCluster = Object.entries(steadyCalls.byCluster)
        .map(([c, n]) => `${c} ${n.calls}`)
        .join(', ');
      lines.push(
        {
          id: 'P3.steady.calls',
          title: 'API calls in a reconcile pass with no drift',
          database: db,
          value: steadyCalls.calls,
          unit: 'calls',
          reference: claimsRef,
          goal: { op: '<=', value: 0 },
          detail: `per cluster: ${perCluster}`,
        },
        {
          id: 'P3.steady.writes',
          title: 'writes in a reconcile pass with no drift',
          database: db,
          value: steadyCalls.writes,
          unit: 'writes',
          reference: claimsRef,
          goal: { op: '<=', value: 0 },
        },
        {
          id: 'P3.steady.wall',
          title: 'wall time of a reconcile pass with no drift',
          database: db,
          value: round(steadyPass.wallMs / 1000, 1),
          unit: 's',
          reference: claimsRef,
          detail: `${round(steadyPass.wallMs / stored, 2)} ms per claim`,
        },
        {
          id: 'P3.steady.wait.get',
          title:
            'slowest trivial GET while the pass runs ÷ trivial GET (event loop held)',
          database: db,
          value: round(probed.longest.trivial / tab.get),
          unit: '×',
          reference: { what: TRIVIAL_GET, value: round(tab.get), unit: 'ms' },
          detail: `${round(probed.longest.trivial)} ms`,
        },
        {
          id: 'P3.steady.wait.tab',
          title:
            "slowest tab request while the pass runs ÷ the tab request's median (database held)",
          database: db,
          value: round(probed.longest.tab / tab.tab),
          unit: '×',
          reference: {
            what: 'tab request, median',
            value: round(tab.tab),
            unit: 'ms',
          },
          detail: `${round(probed.longest.tab)} ms`,
        },
      );

      // P1 with the large set stored.
      const large = await measureApplies(client, tenants.p1, next, 3);
      lines.push(...p1Lines(db, CLAIMS[db], stored, large));

      // P3: drift in 1% of Porter's objects, then a pass. The cluster writes
      // that follow P1's answers end first, so the pass counts only drift.
      await counter.quiet(1000);
      const drifted = driftPorterObjects(portal.clusters.emulator, DRIFT);
      const driftMark = counter.mark();
      const driftPass = await client.reconcile();
      const driftCalls = counter.since(driftMark);
      const restored = restoredCount(portal.clusters.emulator, drifted);
      lines.push({
        id: 'P3.drift.objects',
        title: `objects written by a pass after ${
          DRIFT * 100
        }% of Porter's objects were edited or deleted`,
        database: db,
        value: driftCalls.objectsWritten,
        unit: 'objects',
        reference: {
          what: 'objects drifted',
          value: drifted.length,
          unit: 'objects',
        },
        goal: { op: '==', value: 'reference' },
        detail: `${driftCalls.writes} write calls, ${restored} of ${
          drifted.length
        } restored; pass ${round(driftPass.wallMs / 1000, 1)} s`,
      });
      // Not a timing: the pass must have repaired every drifted object.
      expect(restored).toBe(drifted.length);
    } finally {
      stopLoadBalancer();
      await portal.stop();
    }
  });
});
