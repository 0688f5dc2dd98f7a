import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  Allocation,
  ClaimSpec,
  KubernetesObject,
} from '@internal/plugin-porter-common';
import { planClaim } from './plan';

// F5's published CRD, unchanged (see the header of the fixture for its source and licence).
const crd = parse(
  readFileSync(
    join(__dirname, '__fixtures__', 'f5-cis-transportserver-crd.yaml'),
    'utf8',
  ),
);
// The CRD uses Kubernetes extensions (x-kubernetes-*) that ajv does not know; they add no constraints ajv could check.
const validateTransportServer = new Ajv({
  strict: false,
  allErrors: true,
}).compile(crd.spec.versions[0].schema.openAPIV3Schema);

const spec: ClaimSpec = {
  service: 'yourservice',
  servicePort: 8000,
  monitor: { type: 'tcp', interval: 10, timeout: 10 },
  overrideServicePort: false,
};
const silver: Allocation = {
  cluster: 'silver',
  address: '142.34.194.70',
  port: 30123,
  serviceType: 'NodePort',
};
const gold: Allocation = {
  cluster: 'gold',
  address: '142.34.229.62',
  port: 37650,
  serviceType: 'NodePort',
};
const golddr: Allocation = {
  cluster: 'golddr',
  address: '142.34.64.62',
  port: 36760,
  serviceType: 'NodePort',
};

const claim = (cluster: string, overrides: Partial<ClaimSpec> = {}) => ({
  id: 7,
  cluster,
  namespace: 'yourlicenceplate-dev',
  name: 'yourservice-tsc',
  spec: { ...spec, ...overrides },
});

function objectsIn(
  manifests: ReturnType<typeof planClaim>,
  cluster: string,
): KubernetesObject[] {
  return manifests.items.find(i => i.cluster === cluster)?.objects ?? [];
}

function find(objects: KubernetesObject[], kind: string, name: string): any {
  return objects.find(o => o.kind === kind && o.metadata.name === name);
}

describe('planClaim', () => {
  it('plans a TransportServer and the claim with status for a standalone cluster', () => {
    const plan = planClaim({
      instance: 'test-portal',
      claim: claim('silver'),
      allocations: [silver],
    });
    const objects = objectsIn(plan, 'silver');
    expect(objects.map(o => o.kind)).toEqual([
      'TransportServer',
      'TransportServerClaim',
    ]);
    expect(objects[0]).toEqual({
      apiVersion: 'cis.f5.com/v1',
      kind: 'TransportServer',
      metadata: {
        name: 'yourservice-tsc',
        namespace: 'yourlicenceplate-dev',
        labels: {
          'app.kubernetes.io/managed-by': 'porter-backstage',
          'porter.devops.gov.bc.ca/instance': 'test-portal',
          'porter.devops.gov.bc.ca/claim-cluster': 'silver',
          'porter.devops.gov.bc.ca/claim': 'yourservice-tsc',
          'porter.devops.gov.bc.ca/claim-id': '7',
        },
      },
      spec: {
        virtualServerAddress: '142.34.194.70',
        virtualServerPort: 30123,
        mode: 'standard',
        type: 'tcp',
        pool: {
          service: 'yourservice',
          servicePort: 8000,
          monitor: { type: 'tcp', interval: 10, timeout: 10 },
        },
      },
    });
    expect(objects[1]).toMatchObject({
      apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
      kind: 'TransportServerClaim',
      spec,
      status: { address: '142.34.194.70', port: '30123' },
    });
  });

  it('writes TransportServers that validate against F5’s CRD', () => {
    const plans = [
      planClaim({
        instance: 'test-portal',
        claim: claim('silver'),
        allocations: [silver],
      }),
      planClaim({
        instance: 'test-portal',
        claim: claim('gold', { servicePort: 65535 }),
        allocations: [gold, golddr],
      }),
      planClaim({
        instance: 'test-portal',
        claim: claim('gold', {
          monitor: { type: 'tcp', interval: 3600, timeout: 86400 },
        }),
        allocations: [gold, golddr],
      }),
    ];
    const servers = plans
      .flatMap(p => p.items.flatMap(i => i.objects))
      .filter(o => o.kind === 'TransportServer');
    expect(servers).toHaveLength(5);
    for (const server of servers) {
      const valid = validateTransportServer(server);
      expect(validateTransportServer.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('would catch a TransportServer the CRD rejects', () => {
    const [bad] = objectsIn(
      planClaim({
        instance: 'test-portal',
        claim: claim('silver'),
        allocations: [{ ...silver, port: 70000 }],
      }),
      'silver',
    );
    expect(validateTransportServer(bad)).toBe(false);
  });

  it('cross-connects a Gold/GoldDR pair, each side pointing at the other’s VIP', () => {
    const plan = planClaim({
      instance: 'test-portal',
      claim: claim('gold'),
      allocations: [gold, golddr],
    });
    const inGold = objectsIn(plan, 'gold');
    const inGoldDr = objectsIn(plan, 'golddr');
    expect(inGold.map(o => `${o.kind}/${o.metadata.name}`)).toEqual([
      'TransportServer/yourservice-tsc',
      'Service/yourservice-golddr',
      'Endpoints/yourservice-golddr',
      'TransportServerClaim/yourservice-tsc',
    ]);
    expect(inGoldDr.map(o => `${o.kind}/${o.metadata.name}`)).toEqual([
      'TransportServer/yourservice-tsc',
      'Service/yourservice-gold',
      'Endpoints/yourservice-gold',
    ]);
    // As in the platform document: yourservice-golddr 142.34.64.62:36760 in Gold.
    expect(find(inGold, 'Endpoints', 'yourservice-golddr').subsets).toEqual([
      {
        addresses: [{ ip: '142.34.64.62' }],
        ports: [{ protocol: 'TCP', port: 36760 }],
      },
    ]);
    expect(find(inGoldDr, 'Endpoints', 'yourservice-gold').subsets).toEqual([
      {
        addresses: [{ ip: '142.34.229.62' }],
        ports: [{ protocol: 'TCP', port: 37650 }],
      },
    ]);
    const service = find(inGold, 'Service', 'yourservice-golddr');
    expect(service.spec).toEqual({
      type: 'ClusterIP',
      ports: [{ protocol: 'TCP', port: 36760, targetPort: 36760 }],
    });
    expect(service.spec.selector).toBeUndefined();
    expect(
      find(inGold, 'TransportServerClaim', 'yourservice-tsc').status,
    ).toEqual({
      address: '142.34.229.62',
      port: '37650',
    });
  });

  it('with overrideServicePort exposes the claim’s own port and targets the remote VIP port', () => {
    const plan = planClaim({
      instance: 'test-portal',
      claim: claim('gold', { overrideServicePort: true }),
      allocations: [gold, golddr],
    });
    expect(
      find(objectsIn(plan, 'gold'), 'Service', 'yourservice-golddr').spec.ports,
    ).toEqual([{ protocol: 'TCP', port: 8000, targetPort: 36760 }]);
    expect(
      find(objectsIn(plan, 'golddr'), 'Service', 'yourservice-gold').spec.ports,
    ).toEqual([{ protocol: 'TCP', port: 8000, targetPort: 37650 }]);
  });

  it('names multi-port cross-connects SERVICE-PORT-CLUSTER, plus the legacy name for its owner', () => {
    const owner = planClaim({
      instance: 'test-portal',
      claim: claim('gold'),
      allocations: [gold, golddr],
      facts: { targetServicePortCount: 2, ownsLegacyName: true },
    });
    expect(
      objectsIn(owner, 'gold').map(o => `${o.kind}/${o.metadata.name}`),
    ).toEqual([
      'TransportServer/yourservice-tsc',
      'Service/yourservice-8000-golddr',
      'Endpoints/yourservice-8000-golddr',
      'Service/yourservice-golddr',
      'Endpoints/yourservice-golddr',
      'TransportServerClaim/yourservice-tsc',
    ]);
    const other = planClaim({
      instance: 'test-portal',
      claim: claim('gold'),
      allocations: [gold, golddr],
      facts: { targetServicePortCount: 2, ownsLegacyName: false },
    });
    expect(objectsIn(other, 'golddr').map(o => o.metadata.name)).toEqual([
      'yourservice-tsc',
      'yourservice-8000-gold',
      'yourservice-8000-gold',
    ]);
  });

  it('is pure: the same input gives equal output and the input is not changed', () => {
    const input = {
      claim: claim('gold'),
      allocations: [gold, golddr],
      instance: 'test-portal',
    };
    const snapshot = JSON.parse(JSON.stringify(input));
    expect(planClaim(input)).toEqual(planClaim(input));
    expect(input).toEqual(snapshot);
  });
});
