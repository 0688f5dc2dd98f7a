import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  DEFAULT_MONITOR,
  NamespaceBinding,
  PORTER_API_VERSION,
  PORTER_ENTITY_REF_ANNOTATION,
  PORTER_PLUGIN_ID,
  TRANSPORT_SERVER_CLAIM_KIND,
  namespaceBindings,
} from '@internal/plugin-porter-common';

/** Stands in for the cluster when the entity's binding does not name one. */
export const CLUSTER_PLACEHOLDER = '<cluster>';

/** A TransportServerClaim a newcomer could post for an entity, and where to post it. */
export interface ExampleClaim {
  /** The binding the example was made for: the entity's first. */
  binding: NamespaceBinding;
  /** The manifest, as YAML text. */
  yaml: string;
  /** Where to POST it (Content-Type: application/yaml). */
  postPath: string;
}

/**
 * Builds the example claim shown when an entity has no TCP exposures yet,
 * from its first bound namespace. Undefined when the entity is bound to none.
 */
export function exampleClaim(entity: Entity): ExampleClaim | undefined {
  const [binding] = namespaceBindings(entity.metadata.annotations);
  if (!binding) {
    return undefined;
  }
  const service = toServiceName(entity.metadata.name);
  const yaml = [
    `apiVersion: ${PORTER_API_VERSION}`,
    `kind: ${TRANSPORT_SERVER_CLAIM_KIND}`,
    'metadata:',
    `  name: ${service}-tsc`,
    `  namespace: ${binding.namespace}`,
    '  annotations:',
    `    ${PORTER_ENTITY_REF_ANNOTATION}: ${stringifyEntityRef(entity)}`,
    'spec:',
    `  service: ${service} # the Service to expose`,
    '  servicePort: 8000 # one of its ports (the Service port, not the targetPort)',
    '  monitor:',
    `    type: ${DEFAULT_MONITOR.type}`,
    `    interval: ${DEFAULT_MONITOR.interval}`,
    `    timeout: ${DEFAULT_MONITOR.timeout}`,
    '',
  ].join('\n');
  const cluster = binding.cluster ?? CLUSTER_PLACEHOLDER;
  return {
    binding,
    yaml,
    postPath: `/api/${PORTER_PLUGIN_ID}/clusters/${cluster}/claims`,
  };
}

/** An entity name as a plausible Service name (a DNS-1035 label with room for `-tsc`). */
function toServiceName(entityName: string): string {
  let name = entityName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '');
  if (!/^[a-z]/.test(name)) {
    name = `svc-${name}`;
  }
  return name.slice(0, 59).replace(/-+$/, '');
}
