import type { Entity } from '@backstage/catalog-model';
import { namespaceBindings } from '@internal/plugin-porter-common';

/**
 * True when the entity is bound to at least one Kubernetes namespace
 * (`backstage.io/kubernetes-namespace` or `porter.devops.gov.bc.ca/namespaces`),
 * which is what Porter needs to show and make claims for it.
 *
 * @public
 */
export function isPorterAvailable(entity: Entity): boolean {
  return namespaceBindings(entity.metadata.annotations).length > 0;
}
