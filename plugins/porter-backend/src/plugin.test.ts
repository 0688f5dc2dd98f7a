import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ALICE, SEED_YAML } from './__testUtils__/fixtures';
import { startPorter } from './__testUtils__/startPorter';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const SEED_PATH =
  '/api/porter/clusters/silver/namespaces/yourlicenceplate-dev/claims/yourservice-tsc';

describe('porter backend, end to end through the HTTP API', () => {
  it.each(databases.eachSupportedId())(
    "runs the platform document's Silver example (%p)",
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server, stop, auditEvents } = await startPorter({ knex });
      const alice = mockCredentials.user.header(ALICE);
      try {
        // The newcomer posts the seed's YAML as is.
        const created = await request(server)
          .post('/api/porter/clusters/silver/claims')
          .set('Authorization', alice)
          .set('Content-Type', 'application/yaml')
          .send(SEED_YAML);
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          cluster: 'silver',
          namespace: 'yourlicenceplate-dev',
          name: 'yourservice-tsc',
          entityRef: 'component:default/yourservice',
          spec: {
            service: 'yourservice',
            servicePort: 8000,
            monitor: { type: 'tcp', interval: 10, timeout: 10 },
          },
          status: {
            allocations: [
              {
                cluster: 'silver',
                address: '142.34.194.70',
                port: 30000,
                serviceType: 'NodePort',
              },
            ],
          },
        });

        // Posting the same file again changes nothing.
        const again = await request(server)
          .post('/api/porter/clusters/silver/claims')
          .set('Authorization', alice)
          .set('Content-Type', 'application/yaml')
          .send(SEED_YAML);
        expect(again.status).toBe(200);
        expect(again.body.status.allocations).toEqual(
          created.body.status.allocations,
        );

        const one = await request(server)
          .get(SEED_PATH)
          .set('Authorization', alice);
        expect(one.status).toBe(200);
        expect(one.body).toEqual({ ...created.body, status: one.body.status });
        expect(one.body.status.allocations).toEqual(
          created.body.status.allocations,
        );

        const byEntity = await request(server)
          .get('/api/porter/claims')
          .query({ entityRef: 'component:default/yourservice' })
          .set('Authorization', alice);
        expect(byEntity.body.items.map((c: any) => c.name)).toEqual([
          'yourservice-tsc',
        ]);

        // What the plan would write: the TransportServer and the claim with its status.
        const manifests = await request(server)
          .get(`${SEED_PATH}/manifests`)
          .set('Authorization', alice);
        expect(manifests.status).toBe(200);
        const [silver] = manifests.body.items;
        expect(silver.cluster).toBe('silver');
        expect(silver.objects.map((o: any) => o.kind)).toEqual([
          'TransportServer',
          'TransportServerClaim',
        ]);
        expect(silver.objects[0].spec).toMatchObject({
          virtualServerAddress: '142.34.194.70',
          virtualServerPort: 30000,
        });
        expect(silver.objects[1].status).toEqual({
          address: '142.34.194.70',
          port: '30000',
        });

        const yaml = await request(server)
          .get(`${SEED_PATH}/manifests?format=yaml`)
          .set('Authorization', alice);
        expect(yaml.headers['content-type']).toMatch(/application\/yaml/);
        expect(yaml.text).toContain('kind: TransportServer\n');
        expect(yaml.text).toContain('virtualServerPort: 30000');

        // Delete, re-create: the port comes back.
        expect(
          (await request(server).delete(SEED_PATH).set('Authorization', alice))
            .status,
        ).toBe(204);
        expect(
          (await request(server).get(SEED_PATH).set('Authorization', alice))
            .status,
        ).toBe(404);
        const recreated = await request(server)
          .put(SEED_PATH)
          .set('Authorization', alice)
          .send({
            spec: { service: 'yourservice', servicePort: 8000 },
            entityRef: 'component:default/yourservice',
          });
        expect(recreated.status).toBe(201);
        expect(recreated.body.status.allocations[0].port).toBe(30000);

        const history = await request(server)
          .get(`${SEED_PATH}/history`)
          .set('Authorization', alice);
        expect(history.body.items.map((e: any) => e.type)).toEqual([
          'created',
          'allocated',
          'retained',
          'deleted',
          'created',
          'reused',
        ]);
        expect(history.body.items.every((e: any) => e.actor === ALICE)).toBe(
          true,
        );

        expect(auditEvents.map(e => `${e.eventId}:${e.outcome}`)).toEqual([
          'claim-apply:success',
          'claim-apply:success',
          'claim-delete:success',
          'claim-apply:success',
        ]);
      } finally {
        await stop();
      }
    },
  );
});
