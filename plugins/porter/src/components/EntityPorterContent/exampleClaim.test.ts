import type { Entity } from '@backstage/catalog-model';
import { exampleClaim } from './exampleClaim';

function component(name: string, annotations?: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'guests' },
  };
}

describe('exampleClaim', () => {
  it('is undefined for an entity bound to no namespace', () => {
    expect(exampleClaim(component('yourservice'))).toBeUndefined();
  });

  it('uses the first binding, Kubernetes annotation before Porter annotation', () => {
    const example = exampleClaim(
      component('yourservice', {
        'backstage.io/kubernetes-namespace': 'yourlicenceplate-dev',
        'porter.devops.gov.bc.ca/namespaces': 'gold/abc123-prod',
      }),
    )!;
    expect(example.binding).toEqual({ namespace: 'yourlicenceplate-dev' });
    expect(example.postPath).toBe('/api/porter/clusters/<cluster>/claims');
    expect(example.yaml).toBe(
      [
        'apiVersion: porter.devops.gov.bc.ca/v1alpha1',
        'kind: TransportServerClaim',
        'metadata:',
        '  name: yourservice-tsc',
        '  namespace: yourlicenceplate-dev',
        '  annotations:',
        '    porter.devops.gov.bc.ca/entity-ref: component:default/yourservice',
        'spec:',
        '  service: yourservice # the Service to expose',
        '  servicePort: 8000 # one of its ports (the Service port, not the targetPort)',
        '  monitor:',
        '    type: tcp',
        '    interval: 5',
        '    timeout: 16',
        '',
      ].join('\n'),
    );
  });

  it('turns an entity name into a valid Service name', () => {
    const yaml = (name: string) =>
      exampleClaim(
        component(name, { 'backstage.io/kubernetes-namespace': 'ns' }),
      )!.yaml;
    expect(yaml('My_Service.v2')).toContain('  service: my-service-v2 #');
    expect(yaml('3scale')).toContain('  service: svc-3scale #');
    const long = yaml(`a${'-b'.repeat(40)}`);
    const service = /service: (\S+) #/.exec(long)![1];
    expect(service.length).toBeLessThanOrEqual(59);
    expect(service).toMatch(/^[a-z]([-a-z0-9]*[a-z0-9])?$/);
    expect(long).toContain(`  name: ${service}-tsc\n`);
  });
});
