import { CLUSTERS } from './emulatedClusters';
import type { Portal } from './Portal';
import type { PortalClient } from './PortalClient';

const MANAGED = 'app.kubernetes.io/managed-by=porter-backstage';
const CLAIM_LABEL = 'porter.devops.gov.bc.ca/claim';
const CLAIM_CLUSTER_LABEL = 'porter.devops.gov.bc.ca/claim-cluster';
const KINDS = [
  'services',
  'endpoints',
  'transportservers',
  'transportserverclaims',
];

export interface StoredClaim {
  id: number;
  cluster: string;
  namespace: string;
  name: string;
  service: string;
  servicePort: number;
}

export interface StoredPort {
  cluster: string;
  port: number;
  state: 'allocated' | 'retained';
  claimId: number | null;
  claimCluster: string | null;
  namespace: string | null;
  service: string | null;
  servicePort: number | null;
}

/** Porter's claims and every port that is not free, read from its tables. */
export async function readPorterTables(
  portal: Portal,
): Promise<{ claims: StoredClaim[]; ports: StoredPort[] }> {
  const db = portal.database.porter();
  const claims = (await db('porter_claims').select()).map(r => ({
    id: Number(r.id),
    cluster: r.cluster,
    namespace: r.namespace,
    name: r.name,
    service: r.service,
    servicePort: Number(r.service_port),
  }));
  const ports = (
    await db('porter_ports').whereNot('state', 'free').select()
  ).map(r => ({
    cluster: r.cluster,
    port: Number(r.port),
    state: r.state,
    claimId: r.claim_id === null ? null : Number(r.claim_id),
    claimCluster: r.claim_cluster,
    namespace: r.namespace,
    service: r.service,
    servicePort: r.service_port === null ? null : Number(r.service_port),
  }));
  return { claims, ports };
}

const realising = (cluster: string) =>
  cluster === 'gold' ? ['gold', 'golddr'] : [cluster];

/**
 * The port table against the claims: every claim holds exactly one port in
 * each cluster that realises it, for its own target; no port is allocated
 * without a claim; a retained port belongs to no claim. (The primary key
 * already makes a (cluster, port) unique.) Returns what is wrong.
 */
export function allocationProblems(tables: {
  claims: StoredClaim[];
  ports: StoredPort[];
}): string[] {
  const problems: string[] = [];
  const byId = new Map(tables.claims.map(c => [c.id, c]));
  const held = new Map<string, number>();
  for (const port of tables.ports) {
    const where = `${port.cluster}:${port.port}`;
    if (port.state === 'retained') {
      if (port.claimId !== null)
        problems.push(`${where} is retained but names claim ${port.claimId}`);
      continue;
    }
    const claim = port.claimId === null ? undefined : byId.get(port.claimId);
    if (!claim) {
      problems.push(
        `${where} is allocated to claim ${port.claimId}, which does not exist (a leaked port)`,
      );
      continue;
    }
    if (
      port.claimCluster !== claim.cluster ||
      port.namespace !== claim.namespace ||
      port.service !== claim.service ||
      port.servicePort !== claim.servicePort
    ) {
      problems.push(
        `${where} is allocated to ${claim.cluster}/${claim.namespace}/${claim.name} but held for ${port.claimCluster}/${port.namespace}/${port.service}:${port.servicePort}`,
      );
    }
    const key = `${claim.id}@${port.cluster}`;
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  for (const claim of tables.claims) {
    for (const cluster of realising(claim.cluster)) {
      const count = held.get(`${claim.id}@${cluster}`) ?? 0;
      if (count !== 1) {
        problems.push(
          `${claim.cluster}/${claim.namespace}/${claim.name} holds ${count} ports in ${cluster} (expected 1)`,
        );
      }
    }
  }
  return problems;
}

/** Whether every field of `want` is in `have` with the same value (arrays element-wise). */
function isSubset(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) {
    return (
      Array.isArray(have) &&
      want.length === have.length &&
      want.every((w, i) => isSubset(w, have[i]))
    );
  }
  if (want !== null && typeof want === 'object') {
    return (
      have !== null &&
      typeof have === 'object' &&
      Object.entries(want).every(([k, v]) => isSubset(v, (have as any)[k]))
    );
  }
  return want === have;
}

/**
 * The clusters against the claims: every object Porter plans for a stored
 * claim (its `manifests`, from the API) is in its cluster as planned, no
 * Porter object is there without a stored claim or beyond its plan
 * (orphans), and no two TransportServers in a cluster share a VIP:port.
 */
export async function clusterProblems(
  portal: Portal,
  client: PortalClient,
  claims: StoredClaim[],
): Promise<{ problems: string[]; objects: number }> {
  const problems: string[] = [];
  const planned = new Set<string>();
  const key = (cluster: string, kind: string, ns: string, name: string) =>
    `${cluster}/${kind}/${ns}/${name}`;
  for (const claim of claims) {
    const res = await client.porter(
      'GET',
      `/clusters/${claim.cluster}/namespaces/${claim.namespace}/claims/${claim.name}/manifests`,
    );
    if (res.status !== 200) {
      problems.push(
        `manifests of ${claim.cluster}/${claim.namespace}/${claim.name}: ${res.status}`,
      );
      continue;
    }
    for (const item of res.body.items) {
      for (const want of item.objects) {
        const kind = `${want.kind.toLowerCase()}${
          want.kind === 'Endpoints' ? '' : 's'
        }`;
        planned.add(
          key(item.cluster, kind, want.metadata.namespace, want.metadata.name),
        );
        const have = portal.clusters.emulator
          .cluster(item.cluster)
          .get(kind, want.metadata.namespace, want.metadata.name);
        const { metadata, ...body } = want;
        if (
          !have ||
          !isSubset(body, have) ||
          !isSubset(metadata.labels ?? {}, have.metadata.labels ?? {})
        ) {
          problems.push(
            `${item.cluster}: ${want.kind} ${want.metadata.namespace}/${
              want.metadata.name
            } ${have ? 'differs from its plan' : 'is missing'}`,
          );
        }
      }
    }
  }
  const stored = new Set(
    claims.map(c => `${c.cluster}/${c.namespace}/${c.name}`),
  );
  let objects = 0;
  for (const cluster of CLUSTERS) {
    const emulated = portal.clusters.emulator.cluster(cluster);
    const vips = new Map<string, string>();
    for (const kind of KINDS) {
      for (const o of emulated.list(kind, { labelSelector: MANAGED })) {
        objects++;
        const { namespace, name, labels } = o.metadata;
        const owner = `${labels[CLAIM_CLUSTER_LABEL]}/${namespace}/${labels[CLAIM_LABEL]}`;
        if (!stored.has(owner)) {
          problems.push(
            `${cluster}: ${o.kind} ${namespace}/${name} belongs to ${owner}, which is not stored (an orphan)`,
          );
        } else if (!planned.has(key(cluster, kind, namespace, name))) {
          problems.push(
            `${cluster}: ${o.kind} ${namespace}/${name} is not in the plan of ${owner}`,
          );
        }
        if (kind === 'transportservers') {
          const vip = `${o.spec.virtualServerAddress}:${o.spec.virtualServerPort}`;
          const other = vips.get(vip);
          if (other) {
            problems.push(
              `${cluster}: TransportServers ${other} and ${namespace}/${name} share ${vip}`,
            );
          }
          vips.set(vip, `${namespace}/${name}`);
        }
      }
    }
  }
  return { problems, objects };
}

/**
 * `clusterProblems` once the cluster writes that follow the answers have
 * landed. Porter answers a change once it is stored and writes to the
 * clusters right after; a write that fails then (e.g. a cluster too slow
 * under load) is left to the reconciler. So this looks again until nothing
 * is wrong or `timeoutMs` is up; if something still is, it runs one
 * reconciler pass, as the scheduler would, and looks once more.
 * `leftForPass` is how much the pass had to repair.
 */
export async function settledClusterProblems(
  portal: Portal,
  client: PortalClient,
  claims: StoredClaim[],
  timeoutMs = 30_000,
): Promise<{ problems: string[]; objects: number; leftForPass: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await clusterProblems(portal, client, claims);
    if (found.problems.length === 0) return { ...found, leftForPass: 0 };
    if (Date.now() > deadline) {
      await client.reconcile();
      const after = await clusterProblems(portal, client, claims);
      return { ...after, leftForPass: found.problems.length };
    }
    await new Promise(r => setTimeout(r, 250));
  }
}

/** Every claim through the API, page by page (`GET /claims`). */
export async function listAllClaims(client: PortalClient): Promise<any[]> {
  const claims: any[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ limit: '500' });
    if (cursor) query.set('cursor', cursor);
    const res = await client.porter('GET', `/claims?${query}`);
    if (res.status !== 200) {
      throw new Error(`GET /claims: ${res.status} ${JSON.stringify(res.body)}`);
    }
    claims.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return claims;
}
