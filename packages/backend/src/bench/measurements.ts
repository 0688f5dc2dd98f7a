import {
  Answer,
  claimSpec,
  DatabaseKind,
  entityRefOf,
  PortalClient,
  Tenant,
} from '../__testUtils__/harness';
import { BenchLine, median, round } from './benchLines';

/** Samples per figure (medians). */
export const SAMPLES = 30;
/** The reference of the ratios: a request that needs auth and nothing else. */
export const TRIVIAL_GET = 'GET /api/porter/clusters, median';

/** The answer, or an error when it is not the status a working backend gives. */
export async function expectStatus(
  what: string,
  answer: Promise<Answer>,
  status: number,
): Promise<Answer> {
  const a = await answer;
  if (a.status !== status) {
    throw new Error(
      `${what}: expected ${status}, got ${a.status} ${JSON.stringify(a.body)}`,
    );
  }
  return a;
}

/**
 * P1: creates of new claims and no-op re-applies through the API, each
 * next to trivial authenticated GETs; medians. Uses the tenant's Services
 * from `next` on; returns the next unused one.
 */
export async function measureApplies(
  client: PortalClient,
  tenant: Tenant,
  from: number,
  warmup: number,
) {
  let next = from;
  const gets: number[] = [];
  const creates: number[] = [];
  const reapplies: number[] = [];
  for (let i = 0; i < warmup + SAMPLES; i++) {
    const service = tenant.services[next++];
    const path = `/clusters/${tenant.cluster}/namespaces/${tenant.namespace}/claims/${service}-tcp`;
    const body = { spec: claimSpec(service), entityRef: entityRefOf(tenant) };
    const g1 = await expectStatus(
      'GET',
      client.porter('GET', '/clusters'),
      200,
    );
    const c = await expectStatus(
      'create',
      client.porter('PUT', path, body),
      201,
    );
    const g2 = await expectStatus(
      'GET',
      client.porter('GET', '/clusters'),
      200,
    );
    const r = await expectStatus(
      're-apply',
      client.porter('PUT', path, body),
      200,
    );
    if (i >= warmup) {
      gets.push(g1.ms, g2.ms);
      creates.push(c.ms);
      reapplies.push(r.ms);
    }
  }
  return {
    next,
    get: median(gets),
    create: median(creates),
    reapply: median(reapplies),
  };
}

export function p1Lines(
  database: DatabaseKind,
  size: number,
  stored: number,
  m: { get: number; create: number; reapply: number },
): BenchLine[] {
  const reference = { what: TRIVIAL_GET, value: round(m.get), unit: 'ms' };
  return [
    {
      id: `P1.create@${size}`,
      title: `claim create through HTTP with auth ÷ trivial GET, ${stored.toLocaleString(
        'en-US',
      )} claims stored`,
      database,
      value: round(m.create / m.get),
      unit: '×',
      reference,
      goal: { op: '<=', value: 3 },
      detail: `create ${round(m.create, 1)} ms`,
    },
    {
      id: `P1.reapply@${size}`,
      title: `no-op re-apply ÷ trivial GET, ${stored.toLocaleString(
        'en-US',
      )} claims stored`,
      database,
      value: round(m.reapply / m.get),
      unit: '×',
      reference,
      detail: `re-apply ${round(m.reapply, 1)} ms`,
    },
  ];
}

/**
 * While `work` runs, sends each probe in turn, one request at a time, and
 * keeps each probe's slowest answer: how long the backend keeps people
 * waiting while it works.
 */
export async function probeDuring<T>(
  work: Promise<T>,
  probes: Record<string, () => Promise<Answer>>,
): Promise<{ result: T; longest: Record<string, number> }> {
  let done = false;
  const result = work.finally(() => {
    done = true;
  });
  const longest: Record<string, number> = {};
  while (!done) {
    for (const [name, probe] of Object.entries(probes)) {
      const answer = await probe();
      if (answer.status !== 200) {
        throw new Error(`Probe ${name}: ${answer.status} ${answer.body}`);
      }
      longest[name] = Math.max(longest[name] ?? 0, answer.ms);
    }
    await new Promise(r => setTimeout(r, 100));
  }
  return { result: await result, longest };
}

/** The entity tab's request for its first page, as the tab sends it (its page size is 50). */
export function tabQuery(tenant: Tenant): string {
  return new URLSearchParams({
    entityRef: entityRefOf(tenant),
    limit: '50',
  }).toString();
}

/** P4: the entity tab's request (first page, as the tab sends it) next to trivial GETs; medians. */
export async function measureTab(client: PortalClient, tenant: Tenant) {
  const query = tabQuery(tenant);
  const gets: number[] = [];
  const tabs: number[] = [];
  let items = 0;
  let bytes = 0;
  for (let i = 0; i < 3 + SAMPLES; i++) {
    const g = await expectStatus('GET', client.porter('GET', '/clusters'), 200);
    const t = await expectStatus(
      'tab request',
      client.porter('GET', `/claims?${query}`),
      200,
    );
    if (i >= 3) {
      gets.push(g.ms);
      tabs.push(t.ms);
    }
    items = t.body.items.length;
    bytes = t.bytes;
  }
  return { get: median(gets), tab: median(tabs), items, bytes };
}
