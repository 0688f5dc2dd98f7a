import { mockCredentials } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import net from 'node:net';
import request from 'supertest';
import { ALICE } from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();

/** A TCP relay to PostgreSQL that the test can cut and restore, as a network or a restart would. */
async function cuttableLink(to: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer(client => {
    const upstream = net.connect(to.port, to.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port = 0) =>
    new Promise<number>(resolve =>
      server.listen(port, '127.0.0.1', () =>
        resolve((server.address() as net.AddressInfo).port),
      ),
    );
  const port = await listen();
  return {
    port,
    cut: () =>
      new Promise<void>(resolve => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
    restore: () => listen(port),
    close: () =>
      new Promise<void>(resolve => {
        for (const s of sockets) s.destroy();
        if (server.listening) server.close(() => resolve());
        else resolve();
      }),
  };
}

// A cut connection is PostgreSQL's case; SQLite is a file in the process.
const postgres = databases
  .eachSupportedId()
  .filter(([id]) => id === 'POSTGRES_16');

describe.each(postgres)('when the database (%p) cannot serve', databaseId => {
  let direct: Knex | undefined;
  let viaLink: Knex | undefined;
  let link: Awaited<ReturnType<typeof cuttableLink>> | undefined;
  let porter: Awaited<ReturnType<typeof startPorter>> | undefined;
  afterEach(async () => {
    await porter?.stop();
    await viaLink?.destroy();
    await link?.close();
    await direct?.destroy();
  });

  it('answers 503 saying why while PostgreSQL is unreachable, and serves again once it is back', async () => {
    direct = await databases.init(databaseId);
    const connection = direct.client.config
      .connection as Knex.PgConnectionConfig;
    link = await cuttableLink({
      host: connection.host ?? '127.0.0.1',
      port: Number(connection.port ?? 5432),
    });
    viaLink = knexFactory({
      client: 'pg',
      connection: { ...connection, host: '127.0.0.1', port: link.port },
      pool: { min: 0, max: 4, acquireTimeoutMillis: 5_000 },
      // knex logs each refused connection; the answers are what is tested.
      log: { warn() {}, error() {}, debug() {}, deprecate() {} },
    });
    porter = await startPorter({ knex: viaLink });
    const list = () =>
      request(porter!.server)
        .get('/api/porter/claims')
        .set('Authorization', mockCredentials.user.header(ALICE));
    expect((await list()).status).toBe(200);

    await link.cut();
    const refused = await list();
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringMatching(
        /^Porter's database cannot serve this request now: (it refused the connection|it dropped the connection|the connection to it ended)\. Try again shortly/,
      ),
    });

    await link.restore();
    expect((await list()).status).toBe(200);
  });
});
