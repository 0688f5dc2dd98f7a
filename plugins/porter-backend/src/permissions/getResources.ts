import { AuthService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { ClaimStore } from '../database/ClaimStore';
import { EntityResolver } from './EntityResolver';
import { parseClaimResourceRef, PorterClaimResource } from './resource';

/**
 * Loads claims by resource ref (`cluster/namespace/name`) so the permission
 * backend can evaluate conditional decisions for other plugins' requests.
 */
export function createGetResources(options: {
  db: Knex;
  auth: AuthService;
  entities: EntityResolver;
}) {
  const store = new ClaimStore();
  return async (
    refs: string[],
  ): Promise<Array<PorterClaimResource | undefined>> => {
    const records = await Promise.all(
      refs.map(async ref => {
        const id = parseClaimResourceRef(ref);
        return id ? store.get(options.db, id) : undefined;
      }),
    );
    const credentials = await options.auth.getOwnServiceCredentials();
    const owners = await options.entities.ownersOf(
      records.flatMap(r => (r?.entityRef ? [r.entityRef] : [])),
      credentials,
    );
    return records.map(r =>
      r
        ? {
            cluster: r.cluster,
            namespace: r.namespace,
            name: r.name,
            entityRef: r.entityRef,
            entityOwners: (r.entityRef && owners.get(r.entityRef)) || [],
          }
        : undefined,
    );
  };
}
