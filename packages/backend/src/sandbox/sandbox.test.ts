import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createEmulatorCertificates,
  pemToData,
} from '@internal/kubernetes-api-emulator';
import porterBackend from '@internal/plugin-porter-backend';
import { createConnection } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import { kubernetesConfig } from '../__testUtils__/kubernetesConfig';
import sandboxModule from './index';

const PORTS = { silver: 28081, gold: 28082, golddr: 28083 };
// The platform document's Silver example (examples/yourservice-tsc.yaml), as a newcomer posts it.
const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples');
const SEED_YAML = readFileSync(join(EXAMPLES, 'yourservice-tsc.yaml'), 'utf8');
// The sandbox catalog's example components (owned by guests) and its guest user.
const ENTITIES = parseAllDocuments(
  readFileSync(join(EXAMPLES, 'porter-entities.yaml'), 'utf8'),
).map(d => ({
  ...d.toJS(),
  metadata: { namespace: 'default', ...d.toJS().metadata },
}));
const GUEST = 'user:default/guest';
const guest = mockCredentials.user.header(GUEST);

/** Sends a line through host:port and reads what comes back. */
function roundTrip(host: string, port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host, port }, () => socket.write(text));
    socket.setTimeout(5000, () => socket.destroy(new Error('timed out')));
    socket.once('data', data => {
      resolve(data.toString());
      socket.end();
    });
    socket.once('error', reject);
  });
}

/**
 * The default start's promise: post the platform document's claim, and its
 * VIP:port accepts TCP connections that reach the Service's backend. The
 * emulated clusters are served over HTTPS and verified with the CA, as in
 * `./dev start`.
 */
describe('the sandbox', () => {
  it('turns the seed claim into a reachable VIP:port', async () => {
    const certs = await createEmulatorCertificates();
    const backend = await startTestBackend({
      features: [
        porterBackend,
        sandboxModule,
        mockServices.rootConfig.factory({
          data: {
            porterSandbox: {
              enabled: true,
              clusters: Object.entries(PORTS).map(([name, port]) => ({
                name,
                port,
                token: `${name}-token`,
              })),
              tls: { certificate: certs.server.cert, key: certs.server.key },
            },
            kubernetes: kubernetesConfig(
              Object.entries(PORTS).map(([name, port]) => ({
                name,
                url: `https://127.0.0.1:${port}`,
                token: `${name}-token`,
                caData: pemToData(certs.ca.cert),
              })),
            ),
            porter: {
              clusters: {
                silver: {
                  ports: { from: 30000, to: 30099 },
                  addresses: { NodePort: ['127.0.10.2'] },
                },
                gold: {
                  pairedWith: 'golddr',
                  ports: { from: 40000, to: 40099 },
                  addresses: { NodePort: ['127.0.20.2'] },
                },
                golddr: {
                  primary: 'gold',
                  ports: { from: 50000, to: 50099 },
                  addresses: { NodePort: ['127.0.30.2'] },
                },
              },
            },
          },
        }),
        catalogServiceMock.factory({ entities: ENTITIES }),
        // The guest's sign-in: examples/org.yaml puts it in guests and platform-admins.
        createServiceFactory({
          service: coreServices.userInfo,
          deps: {},
          factory: () => ({
            getUserInfo: async () => ({
              userEntityRef: GUEST,
              ownershipEntityRefs: [
                GUEST,
                'group:default/guests',
                'group:default/platform-admins',
              ],
            }),
          }),
        }),
      ],
    });
    try {
      // The attack in miniature: borrowed-db is owned by guests and its annotation
      // names other-team-dev, where the cluster's RBAC gives the guest nothing.
      const attack = await request(backend.server)
        .put(
          '/api/porter/clusters/silver/namespaces/other-team-dev/claims/borrowed',
        )
        .set('Authorization', guest)
        .send({
          spec: { service: 'db', servicePort: 5432 },
          entityRef: 'component:default/borrowed-db',
        });
      expect(attack.status).toBe(403);
      expect(attack.body.error.message).toBe(
        "Cluster 'silver' does not allow user 'guest' (groups: guests, platform-admins) to create " +
          "transportserverclaims.porter.devops.gov.bc.ca in namespace 'other-team-dev' (RBAC). " +
          "Ask the namespace's admins for a RoleBinding.",
      );
      const peek = await request(backend.server)
        .get('/api/porter/clusters/silver/namespaces/other-team-dev/services')
        .set('Authorization', guest);
      expect(peek.status).toBe(403);
      expect(peek.body.error.message).toMatch(
        /does not allow user 'guest' .* to list services in namespace 'other-team-dev'/,
      );

      const created = await request(backend.server)
        .post('/api/porter/clusters/silver/claims')
        .set('Authorization', guest)
        .type('application/yaml')
        .send(SEED_YAML);
      expect(created.status).toBe(201);
      const { address, port } = created.body.status.allocations[0];
      expect(address).toBe('127.0.10.2');

      // The load-balancer stand-in opens the listener shortly after the TransportServer appears.
      let echoed = '';
      for (let attempt = 0; attempt < 50 && !echoed; attempt++) {
        echoed = await roundTrip(address, port, 'ping through the VIP\n').catch(
          () => '',
        );
        if (!echoed) await new Promise(r => setTimeout(r, 100));
      }
      expect(echoed).toBe('ping through the VIP\n');
    } finally {
      await backend.stop();
    }
  });
});
