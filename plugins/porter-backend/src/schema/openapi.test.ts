import { mockCredentials } from '@backstage/backend-test-utils';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { ALICE, BOB, CAROL, SEED_YAML } from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';
import { createRouter } from '../router/createRouter';

/**
 * The OpenAPI document is the contract: every route the router serves is
 * in it, everything in it is served, and real responses match its schemas.
 */
const spec = parse(readFileSync(join(__dirname, 'openapi.yaml'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(spec, 'openapi');

/** `/clusters/{cluster}` → `/clusters/:cluster`, as express spells it. */
const toExpressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function documentedRoutes(): string[] {
  return Object.entries<Record<string, unknown>>(spec.paths).flatMap(
    ([path, item]) =>
      Object.keys(item)
        .filter(key => ['get', 'put', 'post', 'delete', 'patch'].includes(key))
        .map(method => `${method.toUpperCase()} ${toExpressPath(path)}`),
  );
}

function resolve(node: any): any {
  if (node?.$ref) {
    return resolve(
      node.$ref
        .slice(2)
        .split('/')
        .reduce((at: any, key: string) => at[key], spec),
    );
  }
  return node;
}

/** Asserts a response matches what the document promises for its route and status. */
function expectConforms(
  path: string,
  method: string,
  response: request.Response,
) {
  const operation = spec.paths[path][method];
  const declared = resolve(operation.responses[String(response.status)]);
  expect({
    path,
    method,
    status: response.status,
    declared: Boolean(declared),
  }).toEqual({
    path,
    method,
    status: response.status,
    declared: true,
  });
  const schema = declared.content?.['application/json']?.schema;
  if (!schema) return;
  const pointer = JSON.stringify(schema).includes('$ref')
    ? {
        ...JSON.parse(
          JSON.stringify(schema).replace(
            /"#\/components/g,
            '"openapi#/components',
          ),
        ),
      }
    : schema;
  const valid = ajv.validate(pointer, response.body);
  expect({ path, method, errors: ajv.errors ?? [] }).toEqual({
    path,
    method,
    errors: [],
  });
  expect(valid).toBe(true);
}

describe('OpenAPI document', () => {
  it('documents exactly the routes the router serves', async () => {
    const router: any = await createRouter({} as any);
    // Routes, also inside the routers mounted in it (the contract's typed router).
    const routes = (stack: any[]): string[] =>
      stack.flatMap((layer: any) =>
        layer.route
          ? Object.keys(layer.route.methods).map(
              m => `${m.toUpperCase()} ${layer.route.path}`,
            )
          : routes(layer.handle?.stack ?? []),
      );
    const served = routes(router.stack).filter(
      // The document itself, served by backend-openapi-utils.
      route => route !== 'GET /openapi.json',
    );
    expect(served.sort()).toEqual(documentedRoutes().sort());
  });

  it('serves itself at /openapi.json', async () => {
    const porter = await startPorter();
    try {
      const response = await request(porter.server)
        .get('/api/porter/openapi.json')
        .set('Authorization', mockCredentials.user.header(ALICE));
      expect(response.status).toBe(200);
      const anonymous = await request(porter.server)
        .get('/api/porter/openapi.json')
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
      expect(Object.keys(response.body.paths).sort()).toEqual(
        Object.keys(spec.paths)
          .map(p => `/api/porter${p}`)
          .sort(),
      );
    } finally {
      await porter.stop();
    }
  });

  it('describes the real responses', async () => {
    const porter = await startPorter();
    const alice = mockCredentials.user.header(ALICE);
    const claimPath =
      '/clusters/{cluster}/namespaces/{namespace}/claims/{name}';
    const url = (suffix = '') =>
      `/api/porter/clusters/gold/namespaces/yourlicenceplate-dev/claims/db${suffix}`;
    try {
      const server = porter.server;
      expectConforms(
        '/clusters',
        'get',
        await request(server)
          .get('/api/porter/clusters')
          .set('Authorization', alice),
      );
      expectConforms(
        '/clusters/{cluster}/claims',
        'post',
        await request(server)
          .post('/api/porter/clusters/silver/claims')
          .set('Authorization', alice)
          .type('application/yaml')
          .send(SEED_YAML),
      );
      const body = { spec: { service: 'patroni', servicePort: 5432 } };
      expectConforms(
        claimPath,
        'put',
        await request(server)
          .put(url('?dryRun=true'))
          .set('Authorization', alice)
          .send(body),
      );
      expectConforms(
        '/admin/overview',
        'get',
        await request(server)
          .get('/api/porter/admin/overview')
          .set('Authorization', mockCredentials.user.header(CAROL)),
      );
      expectConforms(
        '/admin/overview',
        'get',
        await request(server)
          .get('/api/porter/admin/overview')
          .set('Authorization', alice),
      );
      for (const [who, namespace] of [
        [alice, 'yourlicenceplate-dev'],
        [alice, 'other-dev'],
      ] as const) {
        expectConforms(
          '/clusters/{cluster}/namespaces/{namespace}/access',
          'get',
          await request(server)
            .get(`/api/porter/clusters/gold/namespaces/${namespace}/access`)
            .set('Authorization', who),
        );
        expectConforms(
          '/clusters/{cluster}/namespaces/{namespace}/services',
          'get',
          await request(server)
            .get(`/api/porter/clusters/silver/namespaces/${namespace}/services`)
            .set('Authorization', who),
        );
      }
      expectConforms(
        '/pools',
        'get',
        await request(server)
          .get('/api/porter/pools')
          .set('Authorization', alice),
      );
      expectConforms(
        claimPath,
        'put',
        await request(server).put(url()).set('Authorization', alice).send(body),
      );
      expectConforms(
        claimPath,
        'put',
        await request(server).put(url()).set('Authorization', alice).send(body),
      );
      expectConforms(
        claimPath,
        'put',
        await request(server)
          .put(url())
          .set('Authorization', alice)
          .send({ spec: { service: 'X' } }),
      );
      expectConforms(
        claimPath,
        'put',
        await request(server)
          .put(url())
          .set('Authorization', mockCredentials.user.header(BOB))
          .send(body),
      );
      expectConforms(
        claimPath,
        'get',
        await request(server).get(url()).set('Authorization', alice),
      );
      expectConforms(
        '/claims',
        'get',
        await request(server)
          .get('/api/porter/claims')
          .set('Authorization', alice),
      );
      expectConforms(
        '/claims',
        'get',
        await request(server)
          .get('/api/porter/claims?limit=1')
          .set('Authorization', alice),
      );
      expectConforms(
        `${claimPath}/policy`,
        'post',
        await request(server)
          .post(url('/policy'))
          .set('Authorization', alice)
          .send({ clusters: ['silver'] }),
      );
      expectConforms(
        `${claimPath}/manifests`,
        'get',
        await request(server)
          .get(url('/manifests'))
          .set('Authorization', alice),
      );
      expectConforms(
        `${claimPath}/history`,
        'get',
        await request(server).get(url('/history')).set('Authorization', alice),
      );
      expectConforms(
        claimPath,
        'delete',
        await request(server).delete(url()).set('Authorization', alice),
      );
      expectConforms(
        claimPath,
        'get',
        await request(server).get(url()).set('Authorization', alice),
      );
      expectConforms(
        claimPath,
        'put',
        await request(server)
          .put(
            '/api/porter/clusters/golddr/namespaces/yourlicenceplate-dev/claims/db',
          )
          .set('Authorization', alice)
          .send(body),
      );
    } finally {
      await porter.stop();
    }
  });
});
