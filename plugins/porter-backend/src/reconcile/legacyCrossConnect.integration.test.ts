import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ALICE } from '../__testUtils__/fixtures';
import { seedSandboxFixtures } from '../__testUtils__/sandboxFixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header(ALICE);
const NS = 'yourlicenceplate-dev';
const path = (name: string) =>
  `/api/porter/clusters/gold/namespaces/${NS}/claims/${name}`;
const NOTE =
  /^The legacy cross-connect name 'yourservice-<cluster>' belongs to claim 'first', the oldest on Service 'yourservice'; this claim's cross-connects carry the port in their name\.$/;

/**
 * Two claims on one multi-port Service in the Gold/GoldDR pair: the older
 * keeps the legacy cross-connect name `SERVICE-CLUSTER`, and the younger's
 * sides say so, through the API, as a person reading the claim sees them.
 */
describe('the legacy cross-connect name on a multi-port Service', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  beforeEach(async () => {
    porter = await startPorter({
      seed: emulator => {
        seedSandboxFixtures(emulator);
        for (const name of ['gold', 'golddr']) {
          emulator.cluster(name).update('Service', NS, 'yourservice', s => {
            s.spec.ports.push({
              name: 'admin',
              port: 8001,
              targetPort: 8001,
              protocol: 'TCP',
            });
          });
        }
      },
    });
  });
  afterEach(async () => {
    await porter.stop();
  });
  const put = (name: string, servicePort: number) =>
    request(porter.server)
      .put(path(name))
      .set('Authorization', alice)
      .send({ spec: { service: 'yourservice', servicePort } });
  const listed = async (name: string) => {
    const page = await request(porter.server)
      .get('/api/porter/claims')
      .query({ cluster: 'gold', namespace: NS })
      .set('Authorization', alice)
      .expect(200);
    return page.body.items.find((c: any) => c.name === name);
  };

  it("notes on the younger claim's sides that the older claim has the legacy name", async () => {
    const first = await put('first', 8000);
    expect(first.status).toBe(201);
    expect((await put('second', 8001)).status).toBe(201);
    // The sides report the writes that follow the answers.
    await porter.synced();
    const second = await request(porter.server)
      .get(path('second'))
      .set('Authorization', alice)
      .expect(200);

    // The younger claim's cross-connects carry the port; the legacy name is the older's.
    expect(
      second.body.status.sides.map((s: any) =>
        s.crossConnects.map((c: any) => c.name),
      ),
    ).toEqual([['yourservice-8001-golddr'], ['yourservice-8001-gold']]);
    expect(
      porter.emulator.cluster('gold').get('Service', NS, 'yourservice-golddr')
        .metadata.labels['porter.devops.gov.bc.ca/claim'],
    ).toBe('first');

    for (const sides of [
      second.body.status.sides,
      (await listed('second')).status.sides,
    ]) {
      expect(sides.map((s: any) => [s.cluster, s.notes])).toEqual([
        ['gold', [expect.stringMatching(NOTE)]],
        ['golddr', [expect.stringMatching(NOTE)]],
      ]);
    }
    expect(
      (await listed('first')).status.sides.map((s: any) => s.notes),
    ).toEqual([undefined, undefined]);

    // The reconciler's pass says the same.
    await porter.reconcile();
    expect(
      (await listed('second')).status.sides.map((s: any) => s.notes),
    ).toEqual([[expect.stringMatching(NOTE)], [expect.stringMatching(NOTE)]]);
  });
});
