import { ConfigReader } from '@backstage/config';
import { readPorterConfig } from './readPorterConfig';
import { testPorterConfig } from '../__testUtils__/fixtures';

const read = (porter: unknown) =>
  readPorterConfig(new ConfigReader({ porter } as any));
const withSilver = (silver: object) => ({
  clusters: {
    silver: {
      ports: { from: 30000, to: 30010 },
      addresses: { NodePort: ['10.0.0.1'] },
      ...silver,
    },
  },
});

describe('readPorterConfig', () => {
  it('reads clusters, roles, pools and defaults', () => {
    const config = read(testPorterConfig);
    expect(config.retentionDays).toBe(30);
    expect(config.quotaPerNamespace).toBe(5);
    expect(config.clusters.get('silver')).toEqual({
      name: 'silver',
      role: 'standalone',
      peer: undefined,
      kubernetesCluster: 'silver',
      requireNodePort: false,
      ports: { from: 30000, to: 30009 },
      addresses: { ClusterIP: ['142.34.194.68'], NodePort: ['142.34.194.70'] },
      defaultServiceType: 'NodePort',
    });
    expect(config.clusters.get('gold')).toMatchObject({
      role: 'primary',
      peer: 'golddr',
    });
    expect(config.clusters.get('golddr')).toMatchObject({
      role: 'secondary',
      peer: 'gold',
    });
  });

  it('is empty without a porter block', () => {
    expect(read(undefined).clusters.size).toBe(0);
  });

  it('has safe defaults for the guards', () => {
    const config = read(testPorterConfig);
    expect(config).toMatchObject({
      portsPerNamespace: 40,
      authorization: {
        namespaceAccess: 'cluster',
        clusterIdentity: {
          userAnnotation: 'porter.devops.gov.bc.ca/cluster-user',
          userTemplate: '{{name}}',
          groupTemplate: '{{name}}',
        },
        cacheSeconds: 30,
      },
      probe: { timeoutSeconds: 5, perUserPerMinute: 10 },
      deletionGuard: { maxObjects: 10, maxShare: 0.5 },
    });
  });

  it('derives the instance from backend.baseUrl when porter.instance is not set', () => {
    const root = (porter: object, baseUrl?: string) =>
      readPorterConfig(
        new ConfigReader({
          porter,
          ...(baseUrl ? { backend: { baseUrl } } : {}),
        } as any),
      );
    const { instance: _set, ...unset } = testPorterConfig;
    expect(root(unset, 'https://Portal.Example.gov:8443/')).toMatchObject({
      instance: 'portal.example.gov-8443',
      instanceDerived: true,
    });
    expect(root(unset)).toMatchObject({ instance: 'default' });
    expect(
      root({ ...testPorterConfig, instance: 'developer-portal' }, 'http://x'),
    ).toMatchObject({ instance: 'developer-portal', instanceDerived: false });
  });

  it.each([
    [
      'an inverted range',
      withSilver({ ports: { from: 40000, to: 30000 } }),
      "porter.clusters.silver.ports': 'from' (40000) must not be above 'to' (30000)",
    ],
    [
      'a port above 65535',
      withSilver({ ports: { from: 30000, to: 65555 } }),
      "porter.clusters.silver.ports.to': must be a whole number from 1 to 65535, got 65555",
    ],
    [
      'a missing range',
      withSilver({ ports: undefined }),
      "porter.clusters.silver.ports.from': is required",
    ],
    [
      'a bad address',
      withSilver({ addresses: { NodePort: ['not-an-ip'] } }),
      "porter.clusters.silver.addresses.NodePort': 'not-an-ip' is not an IP address",
    ],
    [
      'no pool for the default type',
      withSilver({ addresses: { ClusterIP: ['10.0.0.1'] } }),
      "porter.clusters.silver.addresses.NodePort': is required because NodePort",
    ],
    [
      'a bad default type',
      withSilver({ defaultServiceType: 'LoadBalancer' }),
      "porter.clusters.silver.defaultServiceType': must be one of ClusterIP, NodePort",
    ],
    [
      'a negative retention',
      { ...withSilver({}), retention: { days: -1 } },
      "porter.retention.days': must be a whole number from 0 to 3650",
    ],
    [
      'a pair with an unknown peer',
      withSilver({ pairedWith: 'golddr' }),
      "porter.clusters.silver.pairedWith': names 'golddr', which is not a configured cluster",
    ],
    [
      'a one-sided pair',
      {
        clusters: {
          ...withSilver({ pairedWith: 'dr' }).clusters,
          dr: {
            ports: { from: 1, to: 2 },
            addresses: { NodePort: ['10.0.0.2'] },
          },
        },
      },
      "porter.clusters.silver.pairedWith': 'dr' must declare primary: silver",
    ],
    [
      'an unknown namespaceAccess',
      { ...withSilver({}), authorization: { namespaceAccess: 'anyone' } },
      "porter.authorization.namespaceAccess': must be one of cluster, catalog, got 'anyone'",
    ],
    [
      'a user template without {{name}}',
      {
        ...withSilver({}),
        authorization: { clusterIdentity: { userTemplate: 'admin' } },
      },
      "porter.authorization.clusterIdentity.userTemplate': must contain {{name}}",
    ],
    [
      'an unknown placeholder',
      {
        ...withSilver({}),
        authorization: { clusterIdentity: { groupTemplate: '{{team}}' } },
      },
      "porter.authorization.clusterIdentity.groupTemplate': unknown placeholder(s) {{team}}",
    ],
    [
      'a cache of an hour',
      { ...withSilver({}), authorization: { cacheSeconds: 3600 } },
      "porter.authorization.cacheSeconds': must be a whole number from 0 to 600",
    ],
    [
      'a port budget below the claim quota',
      { ...withSilver({}), quota: { perNamespace: 20, portsPerNamespace: 10 } },
      "porter.quota.portsPerNamespace': must be at least porter.quota.perNamespace (20)",
    ],
    [
      'a probe wait of a minute',
      { ...withSilver({}), probe: { timeoutSeconds: 60 } },
      "porter.probe.timeoutSeconds': must be a whole number from 1 to 30",
    ],
    [
      'no probes at all',
      { ...withSilver({}), probe: { perUserPerMinute: 0 } },
      "porter.probe.perUserPerMinute': must be a whole number from 1 to 600",
    ],
    [
      'a deletion share above 1',
      { ...withSilver({}), reconcile: { deletionGuard: { maxShare: 50 } } },
      "porter.reconcile.deletionGuard.maxShare': must be a share above 0 and at most 1",
    ],
    [
      'a negative deletion count',
      { ...withSilver({}), reconcile: { deletionGuard: { maxObjects: -1 } } },
      "porter.reconcile.deletionGuard.maxObjects': must be a whole number from 0",
    ],
    [
      'an instance that is not a label value',
      { ...withSilver({}), instance: 'my portal' },
      "porter.instance': 'my portal' is not a Kubernetes label value",
    ],
    [
      'an upper-case cluster name',
      { clusters: { Silver: withSilver({}).clusters.silver } },
      "porter.clusters.Silver': cluster names must be lower-case",
    ],
  ])('fails on %s, naming the key', (_, porter, message) => {
    expect(() => read(porter)).toThrow(message);
  });
});
