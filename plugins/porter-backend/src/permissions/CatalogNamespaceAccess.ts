import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import {
  AccessAnswer,
  KUBERNETES_NAMESPACE_ANNOTATION,
  porterClaimCreatePermission,
} from '@internal/plugin-porter-common';
import { EntityResolver, entityOwners } from './EntityResolver';
import { claimResourceFor, PorterClaimResource } from './resource';

/**
 * `namespaceAccess: catalog`: a user may look inside a namespace when the
 * permission policy lets them create claims for an entity bound to it by
 * annotation (the rule every write follows in that mode). For portals whose
 * catalog is trusted; see the README's security model.
 */
export class CatalogNamespaceAccess {
  private readonly conditionAuthorizer;

  constructor(
    private readonly permissions: PermissionsService,
    ruleset: PermissionRuleset<PorterClaimResource>,
    private readonly entities: EntityResolver,
  ) {
    this.conditionAuthorizer = createConditionAuthorizer(ruleset);
  }

  async answer(
    credentials: BackstageCredentials,
    cluster: string,
    namespace: string,
  ): Promise<AccessAnswer> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: porterClaimCreatePermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      return {
        allowed: false,
        reason: `The permission policy does not let you create TCP exposures (${porterClaimCreatePermission.name}).`,
      };
    }
    const bound = await this.entities.boundTo(cluster, namespace, credentials);
    if (bound.length === 0) {
      return {
        allowed: false,
        reason:
          `No catalog entity is bound to namespace '${namespace}' on cluster '${cluster}' ` +
          `(annotation ${KUBERNETES_NAMESPACE_ANNOTATION}), and the catalog decides here (namespaceAccess: catalog).`,
      };
    }
    const id = { cluster, namespace, name: '' };
    const mine = bound.filter(e =>
      this.conditionAuthorizer(decision, claimResourceFor(id, e)),
    );
    if (mine.length > 0) {
      return {
        allowed: true,
        reason: `You may write for ${mine
          .map(e => stringifyEntityRef(e))
          .join(
            ', ',
          )}, bound to namespace '${namespace}' on cluster '${cluster}' (namespaceAccess: catalog).`,
      };
    }
    const owners = [...new Set(bound.flatMap(entityOwners))];
    return {
      allowed: false,
      reason: `Namespace '${namespace}' on cluster '${cluster}' is bound to ${bound
        .map(e => stringifyEntityRef(e))
        .join(', ')}; only its owners (${
        owners.join(', ') || 'none recorded'
      }) may use it (namespaceAccess: catalog).`,
    };
  }
}
