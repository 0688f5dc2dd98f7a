import { mockCredentials } from '@backstage/backend-test-utils';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import {
  ALICE,
  BOB,
  CAROL,
  ERIN,
  testEntities,
  testPorterConfig,
} from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(120_000);

/**
 * Who may do what: every route of the OpenAPI document, for every kind of
 * caller, answers as designed. The routes come from openapi.yaml, so a new
 * route without a designed answer fails this test.
 */
const spec = parse(
  readFileSync(join(__dirname, '..', 'schema', 'openapi.yaml'), 'utf8'),
);

const PERSONAS = {
  /** No token at all. */
  anonymous: mockCredentials.none.header(),
  /**
   * Signed in, owns an entity bound to the namespace (the annotation names
   * it), but the cluster's RBAC gives them nothing there: the attack.
   */
  noClusterAccess: mockCredentials.user.header(ERIN),
  /** Owns the claim's entity, and the cluster lets their team work there. */
  owner: mockCredentials.user.header(ALICE),
  /** Owns another team's entity and works in another namespace. */
  otherTeamOwner: mockCredentials.user.header(BOB),
  /** A backend plugin calling as itself (not on behalf of a user). */
  service: mockCredentials.service.header(),
  /** A platform administrator (porter.admin.read, porter.admin.confirm), without RBAC in the namespace. */
  administrator: mockCredentials.user.header(CAROL),
};
type Persona = keyof typeof PERSONAS;

const CLAIM = '/clusters/{cluster}/namespaces/{namespace}/claims/{name}';

/**
 * The designed answer of every route for every caller, written out once.
 * The claim is gold/yourlicenceplate-dev/db (alice's team's, a pair); the
 * policy lets everyone read claims, only owners write, administrators see
 * the overview and confirm; the cluster decides namespace writes and reads.
 */
// prettier-ignore
const DESIGNED: Record<string, Record<Persona, number>> = {
  'GET /clusters':                         { anonymous: 401, noClusterAccess: 200, owner: 200, otherTeamOwner: 200, service: 200, administrator: 200 },
  'GET /pools':                            { anonymous: 401, noClusterAccess: 200, owner: 200, otherTeamOwner: 200, service: 200, administrator: 200 },
  'GET /admin/overview':                   { anonymous: 401, noClusterAccess: 403, owner: 403, otherTeamOwner: 403, service: 403, administrator: 200 },
  // Nothing is held back, so even an administrator's confirmation is refused.
  'POST /admin/deletion-guards/{cluster}/confirm': { anonymous: 401, noClusterAccess: 403, owner: 403, otherTeamOwner: 403, service: 403, administrator: 409 },
  'GET /clusters/{cluster}/namespaces/{namespace}/services': { anonymous: 401, noClusterAccess: 403, owner: 200, otherTeamOwner: 403, service: 403, administrator: 403 },
  // Everyone signed in may ask; the answers say no where the cluster does.
  'GET /clusters/{cluster}/namespaces/{namespace}/access':   { anonymous: 401, noClusterAccess: 200, owner: 200, otherTeamOwner: 200, service: 200, administrator: 200 },
  'GET /claims':                           { anonymous: 401, noClusterAccess: 200, owner: 200, otherTeamOwner: 200, service: 200, administrator: 200 },
  'POST /clusters/{cluster}/claims':       { anonymous: 401, noClusterAccess: 403, owner: 201, otherTeamOwner: 403, service: 403, administrator: 403 },
  [`GET ${CLAIM}`]:                        { anonymous: 401, noClusterAccess: 200, owner: 200, otherTeamOwner: 200, service: 200, administrator: 200 },
  [`PUT ${CLAIM}`]:                        { anonymous: 401, noClusterAccess: 403, owner: 200, otherTeamOwner: 403, service: 403, administrator: 403 },
  [`DELETE ${CLAIM}`]:                     { anonymous: 401, noClusterAccess: 403, owner: 204, otherTeamOwner: 403, service: 403, administrator: 403 },
  [`GET ${CLAIM}/manifests`]:              { anonymous: 401, noClusterAccess: 200, owner: 200, otherTeamOwner: 200, service: 200, administrator: 200 },
  [`GET ${CLAIM}/history`]:                { anonymous: 401, noClusterAccess: 200, owner: 200, otherTeamOwner: 200, service: 200, administrator: 200 },
  [`GET ${CLAIM}/policy`]:                 { anonymous: 401, noClusterAccess: 403, owner: 200, otherTeamOwner: 403, service: 403, administrator: 403 },
  [`POST ${CLAIM}/policy`]:                { anonymous: 401, noClusterAccess: 403, owner: 200, otherTeamOwner: 403, service: 403, administrator: 403 },
  // Reading the claim is enough to test its VIPs from the backend.
  [`POST ${CLAIM}/test`]:                  { anonymous: 401, noClusterAccess: 200, owner: 200, otherTeamOwner: 200, service: 200, administrator: 200 },
};

/** What each route is sent (a valid request, so only who sends it decides). */
const BODIES: Record<string, { body: unknown; type?: string }> = {
  'POST /admin/deletion-guards/{cluster}/confirm': { body: { objects: 1 } },
  'POST /clusters/{cluster}/claims': {
    type: 'application/yaml',
    body: [
      'apiVersion: porter.devops.gov.bc.ca/v1alpha1',
      'kind: TransportServerClaim',
      'metadata: {name: db2, namespace: yourlicenceplate-dev}',
      'spec: {service: yourservice, servicePort: 8001}',
      '',
    ].join('\n'),
  },
  [`PUT ${CLAIM}`]: {
    body: { spec: { service: 'yourservice', servicePort: 8000 } },
  },
  [`POST ${CLAIM}/policy`]: { body: {} },
};

const RBAC_REFUSAL =
  /^Cluster 'gold(dr)?' does not allow user '\w+' .* to (create transportserverclaims.porter.devops.gov.bc.ca|list services|list networkpolicies.networking.k8s.io) in namespace 'yourlicenceplate-dev' \(RBAC\)/;

const documented = Object.entries<Record<string, any>>(spec.paths).flatMap(
  ([path, item]) =>
    Object.keys(item)
      .filter(m => ['get', 'put', 'post', 'delete', 'patch'].includes(m))
      .map(method => ({
        route: `${method.toUpperCase()} ${path}`,
        path,
        method,
        operation: item[method],
      })),
);

describe('authorization matrix', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  const alice = PERSONAS.owner;

  beforeAll(async () => {
    porter = await startPorter({
      porterConfig: {
        ...testPorterConfig,
        probe: { timeoutSeconds: 1, perUserPerMinute: 100 },
        clusters: {
          ...testPorterConfig.clusters,
          // Loopback VIPs nothing listens on: the TCP test is refused at once.
          gold: {
            ...testPorterConfig.clusters.gold,
            addresses: { NodePort: ['127.0.19.21'] },
          },
          golddr: {
            ...testPorterConfig.clusters.golddr,
            addresses: { NodePort: ['127.0.19.22'] },
          },
        },
      },
      entities: [
        ...testEntities,
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: {
            name: 'erins-app',
            namespace: 'default',
            annotations: {
              'backstage.io/kubernetes-namespace': 'yourlicenceplate-dev',
            },
          },
          spec: { type: 'service', lifecycle: 'production', owner: 'team-e' },
          relations: [{ type: 'ownedBy', targetRef: 'group:default/team-e' }],
        },
      ],
    });
  });
  afterAll(async () => {
    await porter.stop();
  });

  /** Before each cell: alice's claim db exists, db2 does not. */
  async function reset() {
    const db =
      '/api/porter/clusters/gold/namespaces/yourlicenceplate-dev/claims/db';
    const db2 =
      '/api/porter/clusters/gold/namespaces/yourlicenceplate-dev/claims/db2';
    await request(porter.server).delete(db2).set('Authorization', alice);
    const current = await request(porter.server)
      .get(db)
      .set('Authorization', alice);
    if (current.status === 404) {
      await request(porter.server)
        .put(db)
        .set('Authorization', alice)
        .send({ spec: { service: 'yourservice', servicePort: 8000 } })
        .expect(201);
    }
  }

  it('has a designed answer for every documented route, and no other', () => {
    expect(Object.keys(DESIGNED).sort()).toEqual(
      documented.map(d => d.route).sort(),
    );
  });

  const cells = documented.flatMap(d =>
    (Object.keys(PERSONAS) as Persona[]).map(
      persona => [d.route, persona, d] as const,
    ),
  );

  it.each(cells)('%s as %s', async (route, persona, d) => {
    await reset();
    const url = `/api/porter${d.path
      .replace('{cluster}', 'gold')
      .replace('{namespace}', 'yourlicenceplate-dev')
      .replace('{name}', 'db')}`;
    let req = (request(porter.server) as any)
      [d.method](url)
      .set('Authorization', PERSONAS[persona]);
    const recipe = BODIES[route];
    // A route that needs a body has a valid one here.
    expect({
      route,
      bodyMissing: !recipe && Boolean(d.operation.requestBody?.required),
    }).toEqual({ route, bodyMissing: false });
    if (recipe?.type) req = req.type(recipe.type);
    if (recipe) req = req.send(recipe.body);
    const response = await req;
    const expected = DESIGNED[route]?.[persona];
    // A refusal by the cluster names the permission that is missing.
    const refusedByCluster =
      expected === 403 &&
      ['noClusterAccess', 'otherTeamOwner', 'administrator'].includes(
        persona,
      ) &&
      !route.includes(' /admin/');
    const messages = {
      none: undefined,
      any: expect.any(String),
      rbac: expect.stringMatching(RBAC_REFUSAL),
    };
    let message = messages.none;
    if (expected >= 400) message = messages.any;
    if (refusedByCluster) message = messages.rbac;
    expect({
      route,
      persona,
      status: response.status,
      message: response.body?.error?.message,
    }).toEqual({ route, persona, status: expected, message });
    // Every answer is one the contract declares for the route.
    expect(Object.keys(d.operation.responses)).toContain(
      String(response.status),
    );
  });

  it('tells each caller what the cluster lets them do, and why', async () => {
    const access = async (persona: Persona) =>
      (
        await request(porter.server)
          .get(
            '/api/porter/clusters/gold/namespaces/yourlicenceplate-dev/access',
          )
          .set('Authorization', PERSONAS[persona])
      ).body;
    const allowed = (a: any) => [
      a.createClaims.allowed,
      a.listServices.allowed,
      a.listNetworkPolicies.allowed,
    ];
    expect(allowed(await access('owner'))).toEqual([true, true, true]);
    for (const persona of [
      'noClusterAccess',
      'otherTeamOwner',
      'service',
      'administrator',
    ] as const) {
      expect({ persona, allowed: allowed(await access(persona)) }).toEqual({
        persona,
        allowed: [false, false, false],
      });
    }
  });
});
