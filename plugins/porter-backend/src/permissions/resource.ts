import {
  PORTER_CLAIM_RESOURCE_TYPE,
  PORTER_PLUGIN_ID,
} from '@internal/plugin-porter-common';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { entityOwners } from './EntityResolver';

/**
 * What permission conditions see of a claim: where it is, the entity it is
 * for, and that entity's owners (users and groups, as entity refs).
 *
 * @public
 */
export interface PorterClaimResource {
  cluster: string;
  namespace: string;
  name: string;
  entityRef?: string;
  entityOwners: string[];
}

/**
 * Conditions translate to filters on these claim properties.
 *
 * @public
 */
export type PorterClaimQuery = {
  property: 'entityOwners' | 'namespace';
  values: string[];
};

/**
 * The permission resource ref of TransportServerClaims: the resource type and how conditions see a claim.
 *
 * @public
 */
export const porterClaimResourceRef = createPermissionResourceRef<
  PorterClaimResource,
  PorterClaimQuery
>().with({
  pluginId: PORTER_PLUGIN_ID,
  resourceType: PORTER_CLAIM_RESOURCE_TYPE,
});

// The ref format is shared with the frontend, which asks about a claim before offering to change it.
export {
  claimResourceRef,
  parseClaimResourceRef,
} from '@internal/plugin-porter-common';

/** What conditions see of a claim (about to be) made for an entity. */
export function claimResourceFor(
  claim: { cluster: string; namespace: string; name: string },
  entity: Entity,
): PorterClaimResource {
  return {
    cluster: claim.cluster,
    namespace: claim.namespace,
    name: claim.name,
    entityRef: stringifyEntityRef(entity),
    entityOwners: entityOwners(entity),
  };
}
