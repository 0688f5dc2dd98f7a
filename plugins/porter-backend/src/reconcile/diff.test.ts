import { diffObjects, isSubset } from './diff';

const ts = (name: string, port: number, extra: object = {}) => ({
  apiVersion: 'cis.f5.com/v1',
  kind: 'TransportServer',
  metadata: {
    name,
    namespace: 'ns',
    labels: { 'app.kubernetes.io/managed-by': 'porter-backstage' },
  },
  spec: {
    virtualServerAddress: '10.0.0.1',
    virtualServerPort: port,
    pool: { service: 's', servicePort: 80 },
  },
  ...extra,
});

describe('diffObjects', () => {
  it('creates what is missing, removes what is not planned, updates what drifted', () => {
    const diff = diffObjects(
      [ts('a', 1), ts('b', 2)],
      [ts('b', 3), ts('c', 4)],
    );
    expect(diff.create.map(o => o.metadata.name)).toEqual(['a']);
    expect(
      diff.update.map(u => [u.desired.metadata.name, u.statusOnly]),
    ).toEqual([['b', false]]);
    expect(diff.remove.map(o => o.metadata.name)).toEqual(['c']);
  });

  it('ignores fields the API server adds', () => {
    const server = ts('a', 1);
    (server.metadata as any).uid = 'u';
    (server.metadata as any).resourceVersion = '7';
    (server.metadata.labels as any).extra = 'x';
    (server.spec as any).snat = 'auto';
    (server as any).status = { status: 'Ok' };
    expect(diffObjects([ts('a', 1)], [server])).toEqual({
      create: [],
      update: [],
      remove: [],
    });
  });

  it('notices a removed Porter label', () => {
    const server = ts('a', 1);
    server.metadata.labels = {} as any;
    expect(diffObjects([ts('a', 1)], [server]).update).toHaveLength(1);
  });

  it('marks a status-only difference', () => {
    const want = { ...ts('a', 1), status: { address: '10.0.0.1', port: '1' } };
    const have = { ...ts('a', 1), status: { address: '10.0.0.9', port: '1' } };
    expect(diffObjects([want], [have]).update).toEqual([
      { desired: want, current: have, statusOnly: true },
    ]);
  });
});

describe('isSubset', () => {
  it('compares arrays element-wise with the same length', () => {
    expect(isSubset([{ a: 1 }], [{ a: 1, b: 2 }])).toBe(true);
    expect(isSubset([{ a: 1 }], [{ a: 1 }, { a: 2 }])).toBe(false);
    expect(isSubset({ a: [1] }, { a: 1 })).toBe(false);
  });
});
