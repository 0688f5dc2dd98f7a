import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ALICE } from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';

jest.setTimeout(60_000);

const alice = mockCredentials.user.header(ALICE);
const NS = 'yourlicenceplate-dev';
const path = `/api/porter/clusters/silver/namespaces/${NS}/claims/db`;

/** Porter answers once a change is stored; the cluster writes follow. */
describe('cluster writes after the answer', () => {
  let porter: Awaited<ReturnType<typeof startPorter>>;
  beforeEach(async () => {
    porter = await startPorter();
  });
  afterEach(async () => {
    await porter.stop();
  });
  const silver = () => porter.emulator.cluster('silver');
  const writes = () =>
    silver().requests.filter(
      r => r.method !== 'GET' && !r.path.includes('accessreviews'),
    );
  const put = (spec: object) =>
    request(porter.server).put(path).set('Authorization', alice).send({ spec });
  const get = async () =>
    (await request(porter.server).get(path).set('Authorization', alice)).body;

  it('answers a create with its port and a Pending side, then writes its objects', async () => {
    const created = await put({ service: 'yourservice', servicePort: 8000 });
    expect(created.status).toBe(201);
    const [allocation] = created.body.status.allocations;
    expect(created.body.status.sides).toEqual([
      expect.objectContaining({
        cluster: 'silver',
        phase: 'Pending',
        address: allocation.address,
        port: allocation.port,
      }),
    ]);
    await porter.synced();
    expect(silver().get('TransportServer', NS, 'db').spec).toMatchObject({
      virtualServerAddress: allocation.address,
      virtualServerPort: allocation.port,
    });
  });

  it('writes nothing for a re-apply of the same spec', async () => {
    await put({ service: 'yourservice', servicePort: 8000 }).expect(201);
    await porter.synced();
    const before = await get();
    silver().clearRequests();

    const again = await put({ service: 'yourservice', servicePort: 8000 });
    expect(again.status).toBe(200);
    await porter.synced();
    expect(writes()).toEqual([]);
    expect(await get()).toEqual(before);
  });

  it('resets a Ready side to Pending when the spec changes', async () => {
    await put({ service: 'yourservice', servicePort: 8000 }).expect(201);
    await porter.synced();
    silver().update('TransportServer', NS, 'db', o => {
      o.status = { status: 'Ok', lastUpdated: '2026-11-24T10:00:00Z' };
    });
    await porter.reconcile();
    expect((await get()).status.sides[0].phase).toBe('Ready');

    const changed = await put({
      service: 'yourservice',
      servicePort: 8000,
      monitor: { type: 'tcp', interval: 20, timeout: 61 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.status.sides[0]).toMatchObject({
      phase: 'Pending',
      port: changed.body.status.allocations[0].port,
    });
    await porter.synced();
    expect(
      silver().get('TransportServer', NS, 'db').spec.pool.monitor,
    ).toMatchObject({ interval: 20, timeout: 61 });
  });

  it('answers a delete, then removes the objects', async () => {
    await put({ service: 'yourservice', servicePort: 8000 }).expect(201);
    await porter.synced();
    await request(porter.server)
      .delete(path)
      .set('Authorization', alice)
      .expect(204);
    await porter.synced();
    expect(silver().get('TransportServer', NS, 'db')).toBeUndefined();
  });
});
