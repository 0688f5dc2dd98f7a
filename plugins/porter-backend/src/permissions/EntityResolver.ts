import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  isBoundTo,
  KUBERNETES_NAMESPACE_ANNOTATION,
  namespaceBindings,
  normalizeEntityRef,
  PORTER_NAMESPACES_ANNOTATION,
} from '@internal/plugin-porter-common';
import { principalKey } from './principalKey';
import { TtlCache } from './TtlCache';

/**
 * Reads the catalog for what authorisation needs: an entity, the
 * namespaces it is bound to, the entities bound to a namespace, and owners.
 * Reads run with the caller's credentials, so catalog permissions apply too.
 */
export class EntityResolver {
  private readonly entities: TtlCache<Entity | undefined>;

  /**
   * `cacheMs`: how long an entity read for a caller is kept (a user's
   * requests come in bursts; the catalog itself changes slowly).
   */
  constructor(private readonly catalog: CatalogService, cacheMs = 0) {
    this.entities = new TtlCache(cacheMs);
  }

  async get(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    let ref: string;
    try {
      ref = stringifyEntityRef(parseEntityRef(entityRef));
    } catch (error) {
      throw new InputError(
        `entityRef '${entityRef}' is not an entity reference like 'component:default/my-service'`,
      );
    }
    // Read with the caller's credentials, so kept per caller.
    const entity = await this.entities.get(
      `${principalKey(credentials)}|${ref}`,
      () => this.catalog.getEntityByRef(ref, { credentials }),
    );
    if (!entity) {
      throw new InputError(`Entity '${ref}' was not found in the catalog`);
    }
    return entity;
  }

  /** Entities whose annotations bind them to `namespace` in `cluster`. */
  async boundTo(
    cluster: string,
    namespace: string,
    credentials: BackstageCredentials,
  ): Promise<Entity[]> {
    const { items } = await this.catalog.getEntities(
      {
        filter: [
          {
            [`metadata.annotations.${KUBERNETES_NAMESPACE_ANNOTATION}`]:
              namespace,
          },
          {
            [`metadata.annotations.${PORTER_NAMESPACES_ANNOTATION}`]:
              CATALOG_FILTER_EXISTS,
          },
        ],
      },
      { credentials },
    );
    return items.filter(entity => isEntityBoundTo(entity, cluster, namespace));
  }

  /**
   * Owner refs of some entities (by ref), read with the given credentials:
   * the entities kept for this caller, and one catalog request for the rest.
   */
  async ownersOf(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<Map<string, string[]>> {
    const unique = [...new Set(entityRefs)];
    const owners = new Map<string, string[]>();
    if (unique.length === 0) return owners;
    const caller = `${principalKey(credentials)}|`;
    const entities = await this.entities.getMany(
      unique.map(ref => caller + ref),
      async missing => {
        const refs = missing.map(key => key.slice(caller.length));
        const { items } = await this.catalog.getEntitiesByRefs(
          { entityRefs: refs },
          { credentials },
        );
        return new Map(missing.map((key, i) => [key, items[i] ?? undefined]));
      },
    );
    for (const ref of unique) {
      const entity = entities.get(caller + ref);
      owners.set(ref, entity ? entityOwners(entity) : []);
    }
    return owners;
  }
}

export function isEntityBoundTo(
  entity: Entity,
  cluster: string,
  namespace: string,
): boolean {
  return isBoundTo(
    namespaceBindings(entity.metadata.annotations),
    cluster,
    namespace,
  );
}

/** Owner refs from the ownedBy relations, or from spec.owner before the catalog has processed it. */
export function entityOwners(entity: Entity): string[] {
  const owners = (entity.relations ?? [])
    .filter(relation => relation.type === RELATION_OWNED_BY)
    .map(relation => relation.targetRef);
  const specOwner = entity.spec?.owner;
  if (owners.length === 0 && typeof specOwner === 'string') {
    owners.push(
      stringifyEntityRef(
        parseEntityRef(specOwner, {
          defaultKind: 'group',
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ),
    );
  }
  return owners.map(normalizeEntityRef);
}
