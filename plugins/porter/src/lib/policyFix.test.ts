import { admittedPorts } from './policyFix';

const policy = (ingress: unknown) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'allow-from-f5-ingress' },
  spec: { podSelector: {}, ingress },
});

describe('admittedPorts', () => {
  it('names the port the fix admits, numbered or named', () => {
    expect(
      admittedPorts(policy([{ ports: [{ protocol: 'TCP', port: 5432 }] }])),
    ).toBe('port 5432');
    expect(
      admittedPorts(
        policy([{ ports: [{ protocol: 'TCP', port: 'postgres' }] }]),
      ),
    ).toBe('port postgres');
  });

  it('lists several ports once each', () => {
    expect(
      admittedPorts(
        policy([
          { ports: [{ port: 5432 }, { port: 8008 }] },
          { ports: [{ port: 5432 }, { port: 9187 }] },
        ]),
      ),
    ).toBe('ports 5432, 8008 and 9187');
  });

  it('is undefined when the policy names no port', () => {
    expect(admittedPorts(policy([{ from: [] }]))).toBeUndefined();
    expect(admittedPorts(policy(undefined))).toBeUndefined();
  });
});
