import type { Entity } from '@backstage/catalog-model';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import authPlugin from '@backstage/plugin-auth-backend';
import request from 'supertest';
import guestProvider from './index';

const guest: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'guest', namespace: 'default' },
  spec: { memberOf: ['guests'] },
  relations: [{ type: 'memberOf', targetRef: 'group:default/guests' }],
};

/**
 * The portal right after start: the backend answers, but the catalog has
 * not read examples/org.yaml yet. A guest signing in then must still get a
 * token with the guest's group memberships.
 */
describe('guest sign-in right after start', () => {
  it('waits for the catalog to have the guest, then signs in with its groups', async () => {
    let lookups = 0;
    const catalog = catalogServiceMock.mock({
      // Empty for the first two lookups, as a catalog still reading its locations.
      getEntityByRef: async () => (++lookups > 2 ? guest : undefined),
    });
    const { server } = await startTestBackend({
      features: [
        authPlugin,
        guestProvider,
        catalog.factory,
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://localhost:3000' },
            auth: {
              providers: {
                guest: {
                  userEntityRef: 'user:default/guest',
                  dangerouslyAllowOutsideDevelopment: true,
                },
              },
            },
          },
        }),
      ],
    });

    const response = await request(server)
      .get('/api/auth/guest/refresh?env=development')
      .set('X-Requested-With', 'XMLHttpRequest');

    expect(response.status).toBe(200);
    expect(lookups).toBe(3);
    expect(response.body.backstageIdentity.identity).toMatchObject({
      userEntityRef: 'user:default/guest',
      ownershipEntityRefs: ['user:default/guest', 'group:default/guests'],
    });
  });
});
