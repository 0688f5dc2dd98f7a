import { normalizeEntityRef } from '@internal/plugin-porter-common';
import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Knex } from 'knex';
import type { ClaimStore } from '../database/ClaimStore';
import { EntityResolver } from './EntityResolver';
import { parseClaimResourceRef, PorterClaimResource } from './resource';

/**
 * Loads claims by resource ref so the permission backend can evaluate
 * conditional decisions for other plugins' and the frontend's requests.
 *
 * A ref is either a claim (`cluster/namespace/name`) or a catalog entity ref
 * (`component:default/x`): the latter stands for "a claim for this entity",
 * which is what the frontend asks before offering to create one.
 */
export function createGetResources(options: {
  db: Knex;
  claims: ClaimStore;
  auth: AuthService;
  entities: EntityResolver;
}) {
  return async (
    refs: string[],
  ): Promise<Array<PorterClaimResource | undefined>> => {
    const records = await Promise.all(
      refs.map(async ref => {
        const entityRef = asEntityRef(ref);
        if (entityRef) {
          return { cluster: '', namespace: '', name: '', entityRef };
        }
        const id = parseClaimResourceRef(ref);
        return id ? options.claims.get(options.db, id) : undefined;
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

/** The normalised entity ref when `ref` is one (it has a kind: `kind:namespace/name`). */
function asEntityRef(ref: string): string | undefined {
  if (!ref.includes(':')) return undefined;
  try {
    return normalizeEntityRef(stringifyEntityRef(parseEntityRef(ref)));
  } catch {
    return undefined;
  }
}
