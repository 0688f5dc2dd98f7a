import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { ALICE, CAROL, SEED_YAML } from '../__testUtils__/fixtures';
import { startPorter } from '../__testUtils__/startPorter';
import { CORPUS, CorpusCase } from '../__testUtils__/inputCorpus';

jest.setTimeout(120_000);

const BASE = '/api/porter';

/**
 * Every malformed request gets a 4xx whose message names the problem, and
 * writes nothing: not in the database, not in any cluster. The corpus is in
 * __testUtils__/inputCorpus.ts (over 200 requests).
 */
describe('malformed input', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let knex: Knex;
  let porter: Awaited<ReturnType<typeof startPorter>>;

  beforeAll(async () => {
    knex = await databases.init('SQLITE_3');
    porter = await startPorter({ knex });
    // One claim, so the routes on a claim have something to refuse input for.
    await request(porter.server)
      .post(`${BASE}/clusters/silver/claims`)
      .set('Authorization', mockCredentials.user.header(ALICE))
      .type('application/yaml')
      .send(SEED_YAML)
      .expect(201);
    // Its objects are written after the answer; no case may see those writes.
    await porter.synced();
  });
  afterAll(async () => {
    await porter.stop();
  });

  /** What a request could have written: rows, and writes to any cluster. */
  const snapshot = async () => ({
    claims: await knex('porter_claims').select(),
    events: (await knex('porter_claim_events').count({ n: '*' }))[0].n,
    ports: await knex('porter_ports').whereNot({ state: 'free' }).select(),
    guards: await knex('porter_deletion_guards').select(),
  });
  const clusterWrites = () =>
    ['silver', 'gold', 'golddr'].flatMap(c =>
      porter.emulator
        .cluster(c)
        .requests.filter(
          r => r.method !== 'GET' && !r.path.includes('accessreviews'),
        )
        .map(r => `${c} ${r.method} ${r.path}`),
    );

  it('has a corpus of at least 200 malformed requests', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CORPUS.map(c => c.label)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map(c => [c.label, c] as [string, CorpusCase]))(
    '%s',
    async (_, corpusCase) => {
      const before = await snapshot();
      for (const c of ['silver', 'gold', 'golddr']) {
        porter.emulator.cluster(c).clearRequests();
      }
      const who = corpusCase.as === 'admin' ? CAROL : ALICE;
      let req = (request(porter.server) as any)
        [corpusCase.method](`${BASE}${corpusCase.path}`)
        .set('Authorization', mockCredentials.user.header(who));
      if (corpusCase.contentType)
        req = req.set('Content-Type', corpusCase.contentType);
      if (corpusCase.body !== undefined) req = req.send(corpusCase.body);
      const response = await req;
      expect({
        status: response.status,
        message: response.body?.error?.message,
      }).toEqual({
        status: corpusCase.status,
        message: expect.stringMatching(corpusCase.message),
      });
      expect(await snapshot()).toEqual(before);
      expect(clusterWrites()).toEqual([]);
    },
  );
});
