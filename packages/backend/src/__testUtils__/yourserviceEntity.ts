import type { Entity } from '@backstage/catalog-model';

/** The seed's component, bound to its namespace on every cluster and owned by `group:default/<owner>`. */
export function yourserviceEntity(owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'yourservice',
      namespace: 'default',
      annotations: {
        'backstage.io/kubernetes-namespace': 'yourlicenceplate-dev',
      },
    },
    spec: { type: 'service', lifecycle: 'experimental', owner },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}
