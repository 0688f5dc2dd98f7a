import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import {
  ClaimId,
  KUBERNETES_NAMESPACE_ANNOTATION,
  normalizeEntityRef,
  PORTER_CLAIM_RESOURCE_TYPE,
  PORTER_NAMESPACES_ANNOTATION,
  porterClaimReadPermission,
} from '@internal/plugin-porter-common';
import {
  EntityResolver,
  entityOwners,
  isEntityBoundTo,
} from './EntityResolver';
import { NamespaceAuthority } from './NamespaceAuthority';
import { claimResourceFor, PorterClaimResource } from './resource';

type ClaimPermission = ResourcePermission<typeof PORTER_CLAIM_RESOURCE_TYPE>;

export interface WriteRequest {
  permission: ClaimPermission;
  claim: ClaimId;
  /** The entity named in the request, if any. */
  requestedEntityRef?: string;
  /** The entity the existing claim is linked to, if it exists. */
  existingEntityRef?: string;
  credentials: BackstageCredentials;
}

/**
 * Decides who may do what to a claim. A write needs all of:
 * - the namespace authority's consent: with `namespaceAccess: cluster`, the
 *   cluster's RBAC lets the user create TransportServerClaims in the
 *   namespace (in both clusters of a pair);
 * - a catalog entity the claim is for, bound to the claim's namespace on
 *   its cluster (the link between claim and entity; on its own it grants nothing);
 * - the permission policy's consent for that entity (the default policy:
 *   only the entity's owners);
 * - when a claim moves to another entity, consent for the old one too.
 */
export class ClaimAuthorizer {
  private readonly permissions: PermissionsService;
  private readonly entities: EntityResolver;
  private readonly namespaces: NamespaceAuthority;
  private readonly conditionAuthorizer: (
    decision: PolicyDecision,
    resource: PorterClaimResource | undefined,
  ) => boolean;

  constructor(options: {
    permissions: PermissionsService;
    /** The claim resource's rules, to evaluate conditional decisions. */
    ruleset: PermissionRuleset<PorterClaimResource>;
    entities: EntityResolver;
    namespaces: NamespaceAuthority;
  }) {
    this.permissions = options.permissions;
    this.entities = options.entities;
    this.namespaces = options.namespaces;
    this.conditionAuthorizer = createConditionAuthorizer(options.ruleset);
  }

  /** Authorises a write and returns the entity ref the claim is to be linked to. */
  async authorizeWrite(request: WriteRequest): Promise<string> {
    const { permission, claim, credentials } = request;
    await this.namespaces.require(
      credentials,
      claim.cluster,
      claim.namespace,
      'createClaims',
    );
    const decision = await this.decide(permission, credentials);
    if (decision.result === AuthorizeResult.DENY) {
      throw new NotAllowedError(
        `You are not allowed to ${permission.attributes.action} TCP exposures (${permission.name})`,
      );
    }
    const allows = (entity: Entity) =>
      this.conditionAuthorizer(decision, claimResourceFor(claim, entity));

    const entityRef = request.requestedEntityRef ?? request.existingEntityRef;
    let entity: Entity;
    if (entityRef) {
      entity = await this.entities.get(entityRef, credentials);
      if (!isEntityBoundTo(entity, claim.cluster, claim.namespace)) {
        throw new NotAllowedError(
          `${stringifyEntityRef(entity)} is not bound to namespace '${
            claim.namespace
          }' on cluster ` +
            `'${claim.cluster}'. Bind it with the annotation ${KUBERNETES_NAMESPACE_ANNOTATION}: ` +
            `${claim.namespace}, or ${PORTER_NAMESPACES_ANNOTATION}: ${claim.cluster}/${claim.namespace}.`,
        );
      }
      if (!allows(entity)) {
        throw notOwner(permission, entity);
      }
    } else {
      entity = await this.inferEntity(claim, credentials, allows, permission);
    }

    const resolved = stringifyEntityRef(entity);
    const existing = request.existingEntityRef;
    if (existing && normalizeEntityRef(existing) !== resolved) {
      const previous = await this.entities.get(existing, credentials);
      if (!allows(previous)) throw notOwner(permission, previous);
    }
    return resolved;
  }

  /** The subset of claims the caller may read. */
  async filterReadable<T extends ClaimId & { entityRef?: string }>(
    claims: T[],
    credentials: BackstageCredentials,
  ): Promise<T[]> {
    const decision = await this.decide(porterClaimReadPermission, credentials);
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return decision.result === AuthorizeResult.ALLOW ? claims : [];
    }
    const owners = await this.entities.ownersOf(
      claims.flatMap(c => (c.entityRef ? [c.entityRef] : [])),
      credentials,
    );
    return claims.filter(c =>
      this.conditionAuthorizer(decision, {
        cluster: c.cluster,
        namespace: c.namespace,
        name: c.name,
        entityRef: c.entityRef,
        entityOwners: (c.entityRef && owners.get(c.entityRef)) || [],
      }),
    );
  }

  private async decide(
    permission: ClaimPermission,
    credentials: BackstageCredentials,
  ) {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      {
        credentials,
      },
    );
    return decision;
  }

  /**
   * No entity named: the one bound to the namespace, or among several the
   * one the caller may write for. Ambiguity is the caller's to resolve.
   */
  private async inferEntity(
    claim: ClaimId,
    credentials: BackstageCredentials,
    allows: (entity: Entity) => boolean,
    permission: ClaimPermission,
  ): Promise<Entity> {
    const bound = await this.entities.boundTo(
      claim.cluster,
      claim.namespace,
      credentials,
    );
    if (bound.length === 0) {
      throw new NotAllowedError(
        `No catalog entity is bound to namespace '${claim.namespace}' on cluster '${claim.cluster}', ` +
          'so Porter cannot tell whose Services these are. Annotate the component with ' +
          `${KUBERNETES_NAMESPACE_ANNOTATION}: ${claim.namespace} (or ${PORTER_NAMESPACES_ANNOTATION}: ` +
          `${claim.cluster}/${claim.namespace}) and pass its entityRef.`,
      );
    }
    const allowed = bound.filter(allows);
    if (allowed.length === 1) return allowed[0];
    if (allowed.length === 0) {
      throw notOwner(permission, bound[0], bound);
    }
    throw new InputError(
      `Namespace '${claim.namespace}' on cluster '${claim.cluster}' is bound to several entities ` +
        `you may use: ${allowed
          .map(e => stringifyEntityRef(e))
          .join(', ')}. Say which with entityRef.`,
    );
  }
}

function notOwner(
  permission: ClaimPermission,
  entity: Entity,
  all: Entity[] = [entity],
) {
  const owners = [...new Set(all.flatMap(entityOwners))];
  const refs = all.map(e => stringifyEntityRef(e)).join(', ');
  return new NotAllowedError(
    `You may not ${permission.attributes.action} TCP exposures for ${refs}: ` +
      `only its owners (${owners.join(', ') || 'none recorded'}) may.`,
  );
}
