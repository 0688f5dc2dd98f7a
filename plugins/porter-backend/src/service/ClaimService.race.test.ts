import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import knexFactory, { Knex } from 'knex';
import {
  ownerOnlyPermissions,
  testEntities,
  testPorterConfig,
  ALICE,
} from '../__testUtils__/fixtures';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { readPorterConfig } from '../config/readPorterConfig';
import { PorterDatabase } from '../database/PorterDatabase';
import { ClaimAuthorizer } from '../permissions/ClaimAuthorizer';
import { CatalogNamespaceAccess } from '../permissions/CatalogNamespaceAccess';
import { EntityResolver } from '../permissions/EntityResolver';
import { NamespaceAuthority } from '../permissions/NamespaceAuthority';
import { porterClaimRules } from '../permissions/rules';
import { ClaimAllocator } from './ClaimAllocator';
import { ClaimService } from './ClaimService';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const ruleset = {
  getRuleByName: (name: string) =>
    Object.values(porterClaimRules).find(r => r.name === name)!,
} as any;
const CLAIMS_PER_REPLICA = 40;

/** One "backend replica": its own knex pool, its own ClaimService, the same database. */
async function replica(knex: Knex, quota = 1000) {
  const stores = await PorterDatabase.create({
    database: { getClient: async () => knex },
  });
  const config = readPorterConfig(
    new ConfigReader({
      porter: {
        ...testPorterConfig,
        // The catalog decides here: this test is about allocation, not the clusters' RBAC.
        authorization: { namespaceAccess: 'catalog' },
        quota: { perNamespace: quota },
        clusters: {
          ...testPorterConfig.clusters,
          gold: {
            ...testPorterConfig.clusters.gold,
            ports: { from: 40000, to: 40099 },
          },
          golddr: {
            ...testPorterConfig.clusters.golddr,
            ports: { from: 50000, to: 50099 },
          },
        },
      },
    }),
  );
  const permissions = ownerOnlyPermissions();
  const entities = new EntityResolver(
    catalogServiceMock({ entities: testEntities }),
  );
  const service = new ClaimService({
    db: knex,
    stores,
    allocator: new ClaimAllocator({
      allocations: stores.allocations,
      retentionDays: config.retentionDays,
    }),
    config,
    authorizer: new ClaimAuthorizer({
      permissions,
      ruleset,
      entities,
      namespaces: new NamespaceAuthority({
        config,
        clients: new Map(),
        identities: undefined as any, // no cluster identities in catalog mode
        catalog: new CatalogNamespaceAccess(permissions, ruleset, entities),
      }),
    }),
  });
  await service.syncInventory();
  return service;
}

/**
 * Two connection pools on one database, as two backends would have. SQLite in
 * memory cannot be shared between pools, so there both share the one connection.
 */
async function twoPools(databaseId: Parameters<typeof databases.init>[0]) {
  const first = await databases.init(databaseId);
  const second =
    first.client.config.client === 'pg'
      ? knexFactory({
          client: 'pg',
          connection: first.client.config.connection,
          pool: { min: 0, max: 5 },
        })
      : first;
  return { first, second };
}

describe('allocation under concurrency', () => {
  it.each(databases.eachSupportedId())(
    'never hands out a port twice, with two replicas applying at once (%p)',
    async databaseId => {
      const { first, second } = await twoPools(databaseId);
      try {
        const [a, b] = await Promise.all([replica(first), replica(second)]);
        const caller = {
          credentials: mockCredentials.user(ALICE),
          actor: ALICE,
        };

        const apply = (service: ClaimService, i: number, who: string) =>
          service.apply(
            {
              cluster: 'gold',
              namespace: 'yourlicenceplate-dev',
              name: `${who}-${i}`,
              spec: {
                service: `svc-${who}-${i}`,
                servicePort: 5432,
                monitor: { type: 'tcp', interval: 5, timeout: 16 },
                overrideServicePort: false,
              },
            },
            caller,
          );
        // The same claim applied by both replicas at once must end as one claim, too.
        const results = await Promise.all([
          ...Array.from({ length: CLAIMS_PER_REPLICA }, (_, i) =>
            apply(a, i, 'a'),
          ),
          ...Array.from({ length: CLAIMS_PER_REPLICA }, (_, i) =>
            apply(b, i, 'b'),
          ),
          apply(a, 0, 'same'),
          apply(b, 0, 'same'),
        ]);

        const expectedClaims = 2 * CLAIMS_PER_REPLICA + 1;
        expect(results.filter(r => r.created)).toHaveLength(expectedClaims);
        const rows = await first('porter_ports')
          .where({ state: 'allocated' })
          .select('cluster', 'port', 'claim_id');
        expect(rows).toHaveLength(expectedClaims * 2);
        for (const cluster of ['gold', 'golddr']) {
          const ports = rows
            .filter(r => r.cluster === cluster)
            .map(r => r.port);
          expect(new Set(ports).size).toBe(expectedClaims);
        }
        const claims = await first('porter_claims').count({ n: '*' });
        expect(Number(claims[0].n)).toBe(expectedClaims);
      } finally {
        if (second !== first) await second.destroy();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'never lets a namespace exceed its quota, with two replicas creating at once (%p)',
    async databaseId => {
      const { first, second } = await twoPools(databaseId);
      try {
        const [a, b] = await Promise.all([
          replica(first, 5),
          replica(second, 5),
        ]);
        const caller = {
          credentials: mockCredentials.user(ALICE),
          actor: ALICE,
        };
        const results = await Promise.allSettled(
          Array.from({ length: 12 }, (_, i) =>
            (i % 2 ? a : b).apply(
              {
                cluster: 'silver',
                namespace: 'yourlicenceplate-dev',
                name: `q-${i}`,
                spec: {
                  service: `q-${i}`,
                  servicePort: 80,
                  monitor: { type: 'tcp', interval: 5, timeout: 16 },
                  overrideServicePort: false,
                },
              },
              caller,
            ),
          ),
        );
        expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(5);
        for (const refused of results.filter(r => r.status === 'rejected')) {
          expect((refused as PromiseRejectedResult).reason.message).toMatch(
            /already has 5 claims/,
          );
        }
        const [{ n }] = await first('porter_claims')
          .where({ cluster: 'silver' })
          .count({ n: '*' });
        expect(Number(n)).toBe(5);
      } finally {
        if (second !== first) await second.destroy();
      }
    },
  );
});
