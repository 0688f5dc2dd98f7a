import type { Entity } from '@backstage/catalog-model';
import { isPorterAvailable } from './isPorterAvailable';

function component(annotations?: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'yourservice', annotations },
    spec: { type: 'service', lifecycle: 'experimental', owner: 'guests' },
  };
}

describe('isPorterAvailable', () => {
  it('is true for the Kubernetes plugin namespace annotation', () => {
    expect(
      isPorterAvailable(
        component({
          'backstage.io/kubernetes-namespace': 'yourlicenceplate-dev',
        }),
      ),
    ).toBe(true);
  });

  it("is true for Porter's cluster/namespace annotation", () => {
    expect(
      isPorterAvailable(
        component({
          'porter.devops.gov.bc.ca/namespaces':
            'gold/abc123-prod, golddr/abc123-prod',
        }),
      ),
    ).toBe(true);
  });

  it('is false without annotations, or with blank ones', () => {
    expect(isPorterAvailable(component())).toBe(false);
    expect(
      isPorterAvailable(
        component({
          'backstage.io/kubernetes-namespace': '  ',
          'porter.devops.gov.bc.ca/namespaces': ' , ',
          'backstage.io/source-location': 'url:https://example.com',
        }),
      ),
    ).toBe(false);
  });
});
