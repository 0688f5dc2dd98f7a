import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  createPorterClaimConditionalDecision,
  porterClaimConditions,
} from '@internal/plugin-porter-backend';
import {
  PORTER_CLAIM_RESOURCE_TYPE,
  porterAdminConfirmPermission,
  porterAdminReadPermission,
  porterClaimReadPermission,
} from '@internal/plugin-porter-common';

/** The group whose members see Porter's administrators' overview (examples/org.yaml). */
export const PORTER_ADMIN_GROUP = 'group:default/platform-admins';

/**
 * The portal's permission policy.
 *
 * Porter: every signed-in user may read claims; creating, changing and
 * deleting a claim is for the owners of the catalog entity it is made for
 * (the user, or a group the user belongs to, owns the entity), where the
 * cluster's RBAC lets them (Porter asks the cluster itself). The
 * administrators' overview (`porter.admin.read`) and confirming deletions
 * the reconciler held back (`porter.admin.confirm`) are for members of
 * `group:default/platform-admins`.
 * Everything else keeps the allow-all behaviour of a fresh Backstage app.
 */
export class PorterDefaultPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    if (isPermission(permission, porterClaimReadPermission)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (
      isPermission(permission, porterAdminReadPermission) ||
      isPermission(permission, porterAdminConfirmPermission)
    ) {
      if (!user) return { result: AuthorizeResult.DENY };
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      return {
        result: ownershipEntityRefs.includes(PORTER_ADMIN_GROUP)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    if (isResourcePermission(permission, PORTER_CLAIM_RESOURCE_TYPE)) {
      if (!user) {
        return { result: AuthorizeResult.DENY };
      }
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      return createPorterClaimConditionalDecision(
        permission,
        porterClaimConditions.isEntityOwner({ claims: ownershipEntityRefs }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
