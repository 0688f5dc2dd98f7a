import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ALICE } from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header(ALICE);
const path = (cluster: string, namespace: string, name: string) =>
  `/api/porter/clusters/${cluster}/namespaces/${namespace}/claims/${name}`;
const NS = 'yourlicenceplate-dev';

/** Porter never takes over or breaks objects it did not create. */
describe('objects Porter did not create', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  beforeEach(async () => {
    porter = await startPorter();
  });
  afterEach(async () => {
    await porter.stop();
  });
  const cluster = (name: string) => porter.emulator.cluster(name);
  const put = (p: string, spec: object) =>
    request(porter.server).put(p).set('Authorization', alice).send({ spec });
  /** The claim's sides once the cluster writes that follow the answer are done. */
  const syncedSides = async (p: string) => {
    await porter.synced();
    return (await request(porter.server).get(p).set('Authorization', alice))
      .body.status.sides;
  };

  it("leaves a team's own object with a cross-connect's name alone: the side is in Error, the claim keeps its ports", async () => {
    // The team already has a Service named like the cross-connect Porter would write.
    cluster('gold').seed([
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'yourservice-golddr', namespace: NS },
        spec: {
          selector: { app: 'their-own' },
          ports: [{ port: 9999, targetPort: 9999 }],
        },
      },
    ]);
    const before = cluster('gold').get('Service', NS, 'yourservice-golddr');
    const created = await put(path('gold', NS, 'db'), {
      service: 'yourservice',
      servicePort: 8000,
    });
    expect(created.status).toBe(201);
    expect(created.body.status.allocations).toHaveLength(2);
    const [goldSide, drSide] = await syncedSides(path('gold', NS, 'db'));
    expect(goldSide).toMatchObject({
      cluster: 'gold',
      phase: 'Error',
      reasons: [
        expect.stringMatching(
          /^Service 'yourservice-golddr' in namespace 'yourlicenceplate-dev' already exists and is not Porter's \(it has no app.kubernetes.io\/managed-by=porter-backstage label\); Porter does not replace it/,
        ),
      ],
    });
    expect(drSide.phase).toBe('Pending');
    // Porter wrote what it could: its TransportServer in gold, everything in golddr.
    expect(cluster('gold').get('TransportServer', NS, 'db')).toBeDefined();
    expect(
      cluster('golddr').get('Service', NS, 'yourservice-gold'),
    ).toBeDefined();

    await porter.reconcile();
    expect(cluster('gold').get('Service', NS, 'yourservice-golddr')).toEqual(
      before,
    );
    await request(porter.server)
      .delete(path('gold', NS, 'db'))
      .set('Authorization', alice)
      .expect(204);
    await porter.synced();
    expect(cluster('gold').get('Service', NS, 'yourservice-golddr')).toEqual(
      before,
    );
    expect(cluster('gold').get('TransportServer', NS, 'db')).toBeUndefined();
  });

  it("never touches another portal's object of the same name", async () => {
    const theirs = {
      apiVersion: 'cis.f5.com/v1',
      kind: 'TransportServer',
      metadata: {
        name: 'shared',
        namespace: NS,
        labels: {
          'app.kubernetes.io/managed-by': 'porter-backstage',
          'porter.devops.gov.bc.ca/instance': 'another-portal',
          'porter.devops.gov.bc.ca/claim-cluster': 'silver',
          'porter.devops.gov.bc.ca/claim': 'shared',
          'porter.devops.gov.bc.ca/claim-id': '1',
        },
      },
      spec: {
        virtualServerAddress: '10.0.0.1',
        virtualServerPort: 31000,
        mode: 'standard',
        pool: { service: 'yourservice', servicePort: 8000 },
      },
    };
    cluster('silver').seed([theirs]);
    const before = cluster('silver').get('TransportServer', NS, 'shared');
    await put(path('silver', NS, 'shared'), {
      service: 'yourservice',
      servicePort: 8000,
    }).expect(201);
    expect((await syncedSides(path('silver', NS, 'shared')))[0]).toMatchObject({
      phase: 'Error',
      reasons: [
        expect.stringMatching(
          /TransportServer 'shared' .* already exists and belongs to another portal \(Porter instance 'another-portal'\)/,
        ),
      ],
    });
    await porter.reconcile();
    await request(porter.server)
      .delete(path('silver', NS, 'shared'))
      .set('Authorization', alice)
      .expect(204);
    await porter.reconcile();
    expect(cluster('silver').get('TransportServer', NS, 'shared')).toEqual(
      before,
    );
  });

  it('does not overwrite a TransportServerClaim someone made with oc apply under the same name', async () => {
    const mine = {
      apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
      kind: 'TransportServerClaim',
      metadata: { name: 'mine', namespace: NS },
      spec: {
        service: 'yourservice',
        servicePort: 8000,
        monitor: { type: 'tcp', interval: 10, timeout: 10 },
      },
    };
    cluster('silver').seed([mine]);
    const created = await put(path('silver', NS, 'mine'), {
      service: 'other',
      servicePort: 1234,
    });
    expect(created.status).toBe(201);
    const [side] = await syncedSides(path('silver', NS, 'mine'));
    expect(side.phase).toBe('Error');
    expect(side.reasons[0]).toMatch(
      /TransportServerClaim 'mine' .* already exists and is not Porter's/,
    );
    expect(
      cluster('silver').get('TransportServerClaim', NS, 'mine').spec,
    ).toMatchObject({ service: 'yourservice', servicePort: 8000 });
  });

  it('refuses a second claim whose cross-connect names could be the first one’s, naming it', async () => {
    // patroni has two ports: its cross-connects are patroni-5432-golddr and patroni-golddr.
    await put(path('gold', 'abc123-prod', 'pg'), {
      service: 'patroni',
      servicePort: 5432,
    }).expect(201);
    await porter.synced();
    cluster('gold').clearRequests();
    const second = await put(path('gold', 'abc123-prod', 'other'), {
      service: 'patroni-5432',
      servicePort: 8000,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toMatch(
      /^Claim 'pg' \(Service 'patroni' port 5432\) in namespace 'abc123-prod' on 'gold' could have the cross-connect name 'patroni-5432-gold'/,
    );
    expect(
      cluster('gold').requests.filter(
        r => r.method !== 'GET' && !r.path.includes('accessreviews'),
      ),
    ).toEqual([]);
    const list = await request(porter.server)
      .get('/api/porter/claims?namespace=abc123-prod')
      .set('Authorization', alice);
    expect(list.body.items.map((c: any) => c.name)).toEqual(['pg']);
  });
});
