import {
  allocationProblems,
  claimSpec,
  clusterProblems,
  settledClusterProblems,
  entityRefOf,
  inParallel,
  makeTenants,
  OutcomeTally,
  Portal,
  postgresAvailable,
  readPorterTables,
  shuffled,
  Tenant,
} from '../__testUtils__/harness';

/*
 * R3: the backend process is killed (SIGKILL) in the middle of a burst of
 * creates, then started again. Every claim that was committed (in the
 * database), acknowledged or not, gets its objects after a reconcile pass;
 * nothing is doubled; no object is left without a claim and no port is
 * allocated without one. Creates sent again after the restart are answered
 * 200 (it was committed) or 201 (it was not).
 */
jest.setTimeout(600_000);

const IN_FLIGHT = 16;
/** The backend is killed once this many creates have been answered. */
const KILL_AFTER = 60;

interface Create {
  tenant: Tenant;
  service: string;
}

const describeWithPostgres = postgresAvailable() ? describe : describe.skip;

describeWithPostgres('R3: the backend killed during a burst of creates', () => {
  const tenants = [
    ...makeTenants({ cluster: 'silver', count: 8, services: 12, prefix: 'ka' }),
    ...makeTenants({ cluster: 'gold', count: 8, services: 12, prefix: 'kb' }),
  ];
  let portal: Portal;

  beforeAll(async () => {
    portal = await Portal.start({ database: 'postgres', tenants });
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('keeps committed claims whole and leaves nothing behind', async () => {
    let client = await portal.client();
    const creates: Create[] = shuffled(
      tenants.flatMap(tenant =>
        tenant.services.map(service => ({ tenant, service })),
      ),
    );
    const send = (c: Create) =>
      client.porter(
        'PUT',
        `/clusters/${c.tenant.cluster}/namespaces/${c.tenant.namespace}/claims/${c.service}-tcp`,
        { spec: claimSpec(c.service), entityRef: entityRefOf(c.tenant) },
      );
    const key = (c: Create) =>
      `${c.tenant.cluster}/${c.tenant.namespace}/${c.service}-tcp`;

    // The burst; SIGKILL once KILL_AFTER creates have been answered.
    let answered = 0;
    let killed: Promise<void> | undefined;
    const started = Date.now();
    const results = await inParallel(
      creates.map(c => async () => {
        const answer = await send(c);
        if (++answered === KILL_AFTER) killed = portal.backends[0]!.kill();
        return answer;
      }),
      IN_FLIGHT,
    );
    await killed;
    const burstSeconds = (Date.now() - started) / 1000;
    const answers = results.map(r => (r.ok ? r.value : undefined));
    const acknowledged = new Set(
      creates.filter((_, i) => answers[i]?.status === 201).map(key),
    );
    const unanswered = creates.filter((_, i) => !answers[i]);
    const before = new OutcomeTally();
    creates.forEach((c, i) => {
      if (results[i].ok) before.record(key(c), results[i]);
    });

    // What the crash left in the database, before anything repairs it.
    const crashed = await readPorterTables(portal);
    const stored = new Set(
      crashed.claims.map(c => `${c.cluster}/${c.namespace}/${c.name}`),
    );
    const lostAcknowledged = [...acknowledged].filter(k => !stored.has(k));
    const committedUnacknowledged = [...stored].filter(
      k => !acknowledged.has(k),
    );
    const crashProblems = allocationProblems(crashed);

    // Restart; a pass realises every committed claim.
    const restartStarted = Date.now();
    await portal.startBackend(0);
    const restartSeconds = (Date.now() - restartStarted) / 1000;
    client = await portal.client();
    const pass = await client.reconcile();
    const afterPass = await readPorterTables(portal);
    const clustersAfterPass = await clusterProblems(
      portal,
      client,
      afterPass.claims,
    );

    // The creates that got no answer, sent again.
    const retried = new OutcomeTally();
    const retryResults = await inParallel(
      unanswered.map(c => () => send(c)),
      IN_FLIGHT,
    );
    retryResults.forEach((r, i) => retried.record(key(unanswered[i]), r));
    const final = await readPorterTables(portal);
    // The claims sent again were answered once stored; their objects land right after.
    const clustersFinal = await settledClusterProblems(
      portal,
      client,
      final.claims,
    );

    process.stdout.write(
      [
        '',
        `R3: ${
          creates.length
        } creates, ${IN_FLIGHT} in flight; SIGKILL after ${KILL_AFTER} answers (burst ${burstSeconds.toFixed(
          1,
        )} s)`,
        `  before the kill: ${before}; without an answer: ${unanswered.length}`,
        `  in the database after the crash: ${crashed.claims.length} claims (${
          committedUnacknowledged.length
        } committed but never acknowledged), ${
          crashed.ports.filter(p => p.state === 'allocated').length
        } ports allocated; acknowledged but lost: ${lostAcknowledged.length}`,
        `  restart ready in ${restartSeconds.toFixed(1)} s; first pass ${(
          pass.wallMs / 1000
        ).toFixed(1)} s; then ${clustersAfterPass.objects} Porter objects for ${
          afterPass.claims.length
        } claims`,
        `  sent again: ${retried}; finally ${final.claims.length} claims, ${clustersFinal.objects} objects (not landed after the answers, left to a reconciler pass: ${clustersFinal.leftForPass})`,
        '',
      ].join('\n'),
    );

    expect(killed).toBeDefined();
    expect(before.unexpected).toEqual([]);
    expect(lostAcknowledged).toEqual([]);
    expect(crashProblems).toEqual([]);
    expect(allocationProblems(afterPass)).toEqual([]);
    expect(clustersAfterPass.problems).toEqual([]);
    expect(retried.unexpected).toEqual([]);
    expect(
      retried.count('created') + retried.count('unchanged or updated'),
    ).toBe(unanswered.length);
    expect(allocationProblems(final)).toEqual([]);
    expect(clustersFinal.problems).toEqual([]);
    expect(final.claims).toHaveLength(creates.length);
  });
});
