import {
  allocationProblems,
  claimSpec,
  entityRefOf,
  inParallel,
  makeTenants,
  OutcomeTally,
  percentile,
  Portal,
  postgresAvailable,
  readPorterTables,
  settledClusterProblems,
  shuffled,
  Tenant,
} from '../__testUtils__/harness';

/*
 * R1: two backend processes (the real packages/backend, two ports, one
 * PostgreSQL database) take 1,000 applies at once, split between them,
 * across 50 namespaces, with a small quota. Guarantees: no (cluster, port)
 * twice, every namespace holds exactly its quota, every claim created is
 * acknowledged once, and every answer is a success or a clear refusal.
 */
jest.setTimeout(600_000);

const QUOTA = 12;
/** All at once. */
const IN_FLIGHT = 1000;

interface Apply {
  tenant: Tenant;
  name: string;
  service: string;
  backend: number;
}

/**
 * Per namespace, 20 applies: 16 claims on 16 Services (more than the
 * quota), 2 of them sent again to the other backend, and 2 other claims on
 * the same Services as the first two (target conflicts).
 */
function workload(tenants: Tenant[]): Apply[] {
  return tenants.flatMap((tenant, t) => {
    const own: Apply[] = tenant.services.slice(0, 16).map((service, i) => ({
      tenant,
      name: `c${String(i + 1).padStart(2, '0')}`,
      service,
      backend: (t + i) % 2,
    }));
    const again = own.slice(0, 2).map(a => ({ ...a, backend: 1 - a.backend }));
    const rivals = own.slice(0, 2).map(a => ({
      ...a,
      name: `x${a.name.slice(1)}`,
      backend: 1 - a.backend,
    }));
    return [...own, ...again, ...rivals];
  });
}

const describeWithPostgres = postgresAvailable() ? describe : describe.skip;

describeWithPostgres('R1: concurrent applies on two backend processes', () => {
  const tenants = [
    ...makeTenants({
      cluster: 'silver',
      count: 25,
      services: 16,
      prefix: 'ra',
    }),
    ...makeTenants({ cluster: 'gold', count: 25, services: 16, prefix: 'rb' }),
  ];
  let portal: Portal;

  beforeAll(async () => {
    portal = await Portal.start({
      database: 'postgres',
      tenants,
      replicas: 2,
      porter: { quota: { perNamespace: QUOTA } },
    });
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('allocates each port once and holds every quota', async () => {
    const clients = [await portal.client(0), await portal.client(1)];
    const applies = shuffled(workload(tenants));
    const tally = new OutcomeTally();
    const latency: number[][] = [[], []];
    const started = Date.now();
    const results = await inParallel(
      applies.map(a => async () => {
        const answer = await clients[a.backend].porter(
          'PUT',
          `/clusters/${a.tenant.cluster}/namespaces/${a.tenant.namespace}/claims/${a.name}`,
          { spec: claimSpec(a.service), entityRef: entityRefOf(a.tenant) },
        );
        latency[a.backend].push(answer.ms);
        return answer;
      }),
      IN_FLIGHT,
    );
    const seconds = (Date.now() - started) / 1000;
    // A 503 (the cluster could not be asked in time) is a clear answer too;
    // a namespace that got one may hold fewer than its quota.
    const unavailable = new Map<string, string>();
    results.forEach((result, i) => {
      const outcome = tally.record(
        `${applies[i].tenant.namespace}/${applies[i].name} via backend ${applies[i].backend}`,
        result,
      );
      if (outcome === 'unavailable (503)' && result.ok) {
        unavailable.set(
          applies[i].tenant.namespace,
          result.value.body?.error?.message,
        );
      }
    });

    const tables = await readPorterTables(portal);
    const perNamespace = new Map<string, number>();
    for (const claim of tables.claims) {
      perNamespace.set(
        claim.namespace,
        (perNamespace.get(claim.namespace) ?? 0) + 1,
      );
    }
    const client = await portal.client();
    // Answers come once a claim is stored; its objects land right after.
    const clusters = await settledClusterProblems(
      portal,
      client,
      tables.claims,
    );
    const allocated = tables.ports.filter(p => p.state === 'allocated');

    process.stdout.write(
      [
        '',
        `R1: ${
          applies.length
        } applies, ${IN_FLIGHT} in flight, over 2 backend processes and ${
          tenants.length
        } namespaces (quota ${QUOTA}), in ${seconds.toFixed(1)} s (${(
          applies.length / seconds
        ).toFixed(1)} applies/s)`,
        `  answers: ${tally}`,
        ...latency.map(
          (ms, i) =>
            `  backend ${i}: ${ms.length} applies, latency p50 ${percentile(
              ms,
              0.5,
            ).toFixed(0)} ms, p95 ${percentile(ms, 0.95).toFixed(0)} ms`,
        ),
        `  stored: ${tables.claims.length} claims, ${allocated.length} ports allocated, ${clusters.objects} objects in the clusters`,
        `  objects not landed after the answers, left to a reconciler pass: ${clusters.leftForPass}`,
        ...[...unavailable].map(
          ([ns, message]) => `  503 in ${ns}: ${message}`,
        ),
        '',
      ].join('\n'),
    );

    expect(tally.unexpected).toEqual([]);
    expect(allocationProblems(tables)).toEqual([]);
    expect(clusters.problems).toEqual([]);
    const keys = allocated.map(p => `${p.cluster}:${p.port}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Every namespace asked for more than its quota: none holds more, and each
    // that got no 503 holds exactly the quota.
    expect(
      tenants.filter(t => (perNamespace.get(t.namespace) ?? 0) > QUOTA),
    ).toEqual([]);
    expect(
      tenants.filter(
        t =>
          !unavailable.has(t.namespace) &&
          perNamespace.get(t.namespace) !== QUOTA,
      ),
    ).toEqual([]);
    expect(unavailable.size).toBeLessThan(tenants.length);
    // Each claim stored was acknowledged as created exactly once.
    expect(tally.count('created')).toBe(tables.claims.length);
    expect(tally.count('refused: quota')).toBeGreaterThan(0);
  });
});
