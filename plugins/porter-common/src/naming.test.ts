import { crossConnectClash, crossConnectNames, fitName } from './naming';

describe('crossConnectNames', () => {
  it('names a single-port Service SERVICE-CLUSTER, as the platform always has', () => {
    expect(
      crossConnectNames({
        service: 'yourservice',
        servicePort: 8000,
        remoteCluster: 'golddr',
        multiPort: false,
      }),
    ).toEqual({ primary: 'yourservice-golddr' });
    expect(
      crossConnectNames({
        service: 'yourservice',
        servicePort: 8000,
        remoteCluster: 'gold',
        multiPort: false,
      }),
    ).toEqual({ primary: 'yourservice-gold' });
  });

  it('names a multi-port Service SERVICE-PORT-CLUSTER and keeps the legacy name', () => {
    expect(
      crossConnectNames({
        service: 'patroni',
        servicePort: 5432,
        remoteCluster: 'golddr',
        multiPort: true,
      }),
    ).toEqual({ primary: 'patroni-5432-golddr', legacy: 'patroni-golddr' });
  });

  it('fits long names into 63 characters deterministically, keeping the suffix', () => {
    const service = `a${'b'.repeat(61)}c`; // 63 characters, the longest Service name
    const first = crossConnectNames({
      service,
      servicePort: 65535,
      remoteCluster: 'golddr',
      multiPort: true,
    });
    const again = crossConnectNames({
      service,
      servicePort: 65535,
      remoteCluster: 'golddr',
      multiPort: true,
    });
    expect(first).toEqual(again);
    for (const name of [first.primary, first.legacy!]) {
      expect(name.length).toBeLessThanOrEqual(63);
      expect(name).toMatch(/^[a-z]([-a-z0-9]*[a-z0-9])?$/);
    }
    expect(first.primary.endsWith('-65535-golddr')).toBe(true);
    expect(first.legacy!.endsWith('-golddr')).toBe(true);
  });

  it('gives different long names different results', () => {
    const a = fitName(`${'x'.repeat(60)}-one`, '-golddr');
    const b = fitName(`${'x'.repeat(60)}-two`, '-golddr');
    expect(a).not.toEqual(b);
  });

  it('never leaves a dash before the hash when the cut lands on one', () => {
    const name = fitName(`${'a'.repeat(48)}-${'b'.repeat(20)}`, '-golddr');
    expect(name).not.toMatch(/--/);
    expect(name.length).toBeLessThanOrEqual(63);
  });
});

describe('crossConnectClash', () => {
  it.each([
    [
      'a multi-port Service and a single-port Service named SERVICE-PORT',
      { service: 'db', servicePort: 5432 },
      { service: 'db-5432', servicePort: 8000 },
      // In golddr, pointing at gold (and in gold, db-5432-golddr, the same way).
      'db-5432-gold',
    ],
    [
      'a Service named like another one with the remote cluster',
      { service: 'db-golddr', servicePort: 1 },
      { service: 'db', servicePort: 2 },
      undefined,
    ],
    [
      'two ports of the same Service (the legacy name is shared by design)',
      { service: 'db', servicePort: 5432 },
      { service: 'db', servicePort: 8008 },
      undefined,
    ],
    [
      'unrelated Services',
      { service: 'db', servicePort: 5432 },
      { service: 'web', servicePort: 5432 },
      undefined,
    ],
  ])('%s', (_, a, b, clash) => {
    expect(crossConnectClash(a, b, ['gold', 'golddr'])).toBe(clash);
    expect(crossConnectClash(b, a, ['gold', 'golddr'])).toBe(clash);
  });
});
