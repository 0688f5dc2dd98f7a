import { applyServerDefaults, createAllocator } from './serverDefaults';

describe('server defaults', () => {
  it('fills in a Service like the API server, keeping allocated values on update', () => {
    const allocator = createAllocator();
    const svc: any = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's' },
      spec: { type: 'NodePort', ports: [{ port: 8000 }] },
    };
    applyServerDefaults(svc, allocator);
    expect(svc.spec).toMatchObject({
      sessionAffinity: 'None',
      clusterIP: expect.stringMatching(/^172\.30\.\d+\.\d+$/),
      ipFamilies: ['IPv4'],
      externalTrafficPolicy: 'Cluster',
      ports: [
        { port: 8000, protocol: 'TCP', targetPort: 8000, nodePort: 30000 },
      ],
    });
    const next: any = {
      ...svc,
      spec: { type: 'NodePort', ports: [{ port: 8000 }] },
    };
    applyServerDefaults(next, allocator, svc);
    expect(next.spec.clusterIP).toBe(svc.spec.clusterIP);
    expect(next.spec.ports[0].nodePort).toBe(30000);
  });

  it('defaults NetworkPolicy policyTypes from the rules present', () => {
    const allocator = createAllocator();
    const withEgress: any = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'p' },
      spec: { ingress: [{ ports: [{ port: 80 }] }], egress: [{}] },
    };
    applyServerDefaults(withEgress, allocator);
    expect(withEgress.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(withEgress.spec.podSelector).toEqual({});
    expect(withEgress.spec.ingress[0].ports[0].protocol).toBe('TCP');
  });

  it('labels a Namespace with its name', () => {
    const ns: any = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'a1', labels: { x: 'y' } },
    };
    applyServerDefaults(ns, createAllocator());
    expect(ns.metadata.labels).toEqual({
      x: 'y',
      'kubernetes.io/metadata.name': 'a1',
    });
  });
});
