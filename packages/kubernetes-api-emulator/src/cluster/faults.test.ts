import * as k8s from '@kubernetes/client-node';
import { apiError } from '../__testUtils__/clientNode';
import { useMswEmulator } from '../__testUtils__/mswEmulator';
import { EmulatedFaults } from './faults';

const ctx = useMswEmulator({
  seed: () => [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a1-dev' } },
  ],
});

describe('EmulatedFaults', () => {
  it('consumes matching failures in order', () => {
    const faults = new EmulatedFaults();
    faults.failNext(1, 503, { method: 'post' });
    faults.failNext(2, 500, { pathIncludes: '/services' });
    expect(faults.takeFailure('GET', '/api/v1/pods')).toBeUndefined();
    expect(faults.takeFailure('POST', '/api/v1/namespaces/a/services')).toBe(
      503,
    );
    expect(faults.takeFailure('GET', '/api/v1/namespaces/a/services')).toBe(
      500,
    );
    expect(faults.takeFailure('GET', '/api/v1/services')).toBe(500);
    expect(faults.takeFailure('GET', '/api/v1/services')).toBeUndefined();
    faults.failNext(5);
    faults.down = true;
    faults.reset();
    expect([
      faults.down,
      faults.delayMs,
      faults.takeFailure('GET', '/'),
    ]).toEqual([false, 0, undefined]);
  });

  it('failNext: the client gets 500 InternalError, then success', async () => {
    ctx.emulator.cluster('silver').faults.failNext(1);
    const { code, body } = await apiError(ctx.core.listNamespace());
    expect(code).toBe(500);
    expect(body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'InternalError',
      code: 500,
    });
    expect(body.message).toMatch(/^Internal error occurred: /);
    const list = await ctx.core.listNamespace();
    expect(list.items).toHaveLength(1);
  });

  it('failNext with a status and a match uses the real reason and leaves other requests alone', async () => {
    ctx.emulator
      .cluster('silver')
      .faults.failNext(1, 503, { method: 'GET', pathIncludes: '/services' });
    await ctx.core.listNamespace();
    const { code, body } = await apiError(
      ctx.core.listNamespacedService({ namespace: 'a1-dev' }),
    );
    expect([code, body.reason]).toEqual([503, 'ServiceUnavailable']);
  });

  it('down: the client gets a connection error, not an HTTP answer', async () => {
    const cluster = ctx.emulator.cluster('silver');
    cluster.faults.down = true;
    const error = await ctx.core.listNamespace().then(
      () => undefined,
      e => e,
    );
    expect(error).toBeDefined();
    expect(error).not.toBeInstanceOf(k8s.ApiException);
    expect(error.code).toBeUndefined();
    expect(cluster.requests).toEqual([
      { method: 'GET', path: '/api/v1/namespaces', status: 0 },
    ]);
    cluster.faults.down = false;
    await expect(ctx.core.listNamespace()).resolves.toBeDefined();
  });

  it('delayMs holds every response back', async () => {
    ctx.emulator.cluster('silver').faults.delayMs = 150;
    const started = Date.now();
    await ctx.core.listNamespace();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('watch faults: refuse new watches with a real Status, cut open ones, and match failNext to watches', async () => {
    const cluster = ctx.emulator.cluster('silver');
    const open = async () => {
      const res = await ctx.emulator.handle('silver', {
        method: 'GET',
        url: '/api/v1/namespaces?watch=true',
        headers: {},
      });
      const cut: string[] = [];
      res.stream?.open({
        write: () => {},
        end: () => cut.push('end'),
        destroy: () => cut.push('destroy'),
      });
      return { status: res.status, body: res.body, cut };
    };
    const first = await open();
    const second = await open();
    expect(cluster.openWatchCount).toBe(2);
    expect(cluster.faults.dropWatches()).toBe(2);
    expect([first.cut, second.cut]).toEqual([['destroy'], ['destroy']]);
    expect(cluster.openWatchCount).toBe(0);

    cluster.faults.refuseWatches(60_000, 429);
    const refused = await open();
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({
      reason: 'TooManyRequests',
      details: { retryAfterSeconds: 1 },
    });
    // other requests are served meanwhile
    expect((await ctx.core.listNamespace()).items).toHaveLength(1);
    cluster.faults.reset();

    cluster.faults.failNext(1, 500, { watch: true });
    await ctx.core.listNamespace();
    expect((await open()).status).toBe(500);
    expect((await open()).status).toBe(200);

    // going down cuts the open watches too
    const third = await open();
    cluster.faults.down = true;
    expect(third.cut).toEqual(['destroy']);
    cluster.faults.reset();
  });
});
