import { grouped, ResourceType } from '../api/resourceType';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

function rbac(plural: string, kind: string, namespaced: boolean): ResourceType {
  return grouped(RBAC_GROUP, 'v1', plural, kind, { namespaced });
}

/**
 * The RBAC kinds (rbac.authorization.k8s.io/v1), stored and served like any
 * other type so fixtures and tests can write them; the access reviews in
 * `accessReview.ts` evaluate them.
 */
export const RBAC_RESOURCE_TYPES: readonly ResourceType[] = [
  rbac('roles', 'Role', true),
  rbac('rolebindings', 'RoleBinding', true),
  rbac('clusterroles', 'ClusterRole', false),
  rbac('clusterrolebindings', 'ClusterRoleBinding', false),
];
