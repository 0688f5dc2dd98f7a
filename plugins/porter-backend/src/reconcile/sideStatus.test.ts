import { sidePhase, targetChecks, TargetFacts } from './sideStatus';

const target = {
  namespace: 'ns',
  service: 'db',
  servicePort: 5432,
  cluster: 'gold',
};
const ready = { ready: 1, total: 1 };
const service = (type = 'NodePort', ports = [5432]) => ({
  spec: { type, selector: { app: 'db' }, ports: ports.map(port => ({ port })) },
});

describe('targetChecks', () => {
  it.each<[string, TargetFacts, boolean, RegExp[]]>([
    [
      'a healthy NodePort target',
      { service: service(), endpoints: ready },
      true,
      [],
    ],
    [
      'a missing Service',
      { endpoints: { ready: 0, total: 0 } },
      false,
      [/Service 'db' does not exist in namespace 'ns' on gold/],
    ],
    [
      'a port not on the Service',
      { service: service('NodePort', [80, 443]), endpoints: ready },
      false,
      [/has no port 5432 \(it has: 80, 443\)/],
    ],
    [
      'ClusterIP where NodePort is required',
      { service: service('ClusterIP'), endpoints: ready },
      true,
      [/is ClusterIP, but gold requires NodePort/],
    ],
    [
      'ClusterIP where it is allowed',
      { service: service('ClusterIP'), endpoints: ready },
      false,
      [],
    ],
    [
      'no ready pods',
      { service: service(), endpoints: { ready: 0, total: 1 } },
      false,
      [/No ready pods behind Service 'db' \(1 matching, none ready\)/],
    ],
    [
      'no pods at all',
      { service: service(), endpoints: { ready: 0, total: 0 } },
      false,
      [/No pods behind Service 'db': none match its selector/],
    ],
    [
      'no selector',
      {
        service: { spec: { type: 'NodePort', ports: [{ port: 5432 }] } },
        endpoints: { ready: 0, total: 0 },
      },
      false,
      [/has no selector/],
    ],
  ])('%s', (_, facts, requireNodePort, expected) => {
    const problems = targetChecks(facts, target, requireNodePort);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });
});

describe('sidePhase', () => {
  it('is Degraded when the cluster cannot be reached, whatever else', () => {
    expect(
      sidePhase({ unreachable: 'down', writeErrors: ['x'], checks: ['y'] }),
    ).toEqual({ phase: 'Degraded', reasons: ['down'] });
  });
  it('is Degraded when writes failed', () => {
    expect(sidePhase({ writeErrors: ['refused'], checks: [] }).phase).toBe(
      'Degraded',
    );
  });
  it('is Error on target problems or a load balancer error', () => {
    expect(
      sidePhase({
        writeErrors: [],
        checks: ['no pods'],
        transportServer: { status: 'Ok' },
      }).phase,
    ).toBe('Error');
    expect(
      sidePhase({
        writeErrors: [],
        checks: [],
        transportServer: { status: 'error', error: 'pool down' },
      }),
    ).toEqual({
      phase: 'Error',
      reasons: [
        'The load balancer reports an error for the TransportServer: pool down.',
      ],
    });
  });
  it('is Pending until the load balancer reports Ok, then Ready', () => {
    expect(
      sidePhase({
        writeErrors: [],
        checks: [],
        transportServer: { status: 'Pending' },
      }).phase,
    ).toBe('Pending');
    expect(sidePhase({ writeErrors: [], checks: [] }).phase).toBe('Pending');
    expect(
      sidePhase({
        writeErrors: [],
        checks: [],
        transportServer: { status: 'Ok' },
      }),
    ).toEqual({ phase: 'Ready', reasons: [] });
  });
});
