import {
  NamespaceAccess,
  PORTER_API_GROUP,
} from '@internal/plugin-porter-common';
import { Document, isScalar, isSeq, visit } from 'yaml';

/** `transportserverclaims.porter.devops.gov.bc.ca`, as `oc auth can-i` names it. */
export const CLAIMS_RESOURCE = `transportserverclaims.${PORTER_API_GROUP}`;

/** A name Kubernetes accepts (a DNS label) made from a cluster user's name. */
function nameFor(user: string): string {
  const label = user
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `porter-claims-${label}`.slice(0, 63).replace(/-+$/, '');
}

/**
 * A Role and RoleBinding a namespace's admins can apply (`oc apply -f`) so
 * the user may use Porter there: what doing it with `oc` needs (claims;
 * reading Services and NetworkPolicies), bound to the cluster user Porter
 * asked about. Undefined when the catalog decides, or the user is unknown.
 */
export function accessRequestYaml(access: NamespaceAccess): string | undefined {
  const user = access.clusterIdentity?.user;
  if (access.decidedBy !== 'cluster' || !user) return undefined;
  const name = nameFor(user);
  const metadata = { name, namespace: access.namespace };
  const role = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata,
    rules: [
      {
        apiGroups: [PORTER_API_GROUP],
        resources: ['transportserverclaims'],
        verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
      },
      {
        apiGroups: [''],
        resources: ['services'],
        verbs: ['get', 'list', 'watch'],
      },
      {
        apiGroups: ['networking.k8s.io'],
        resources: ['networkpolicies'],
        verbs: ['get', 'list', 'watch'],
      },
    ],
  };
  const binding = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata,
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
    subjects: [
      { apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user },
    ],
  };
  return `${compactYaml(role)}---\n${compactYaml(binding)}`;
}

/** YAML with lists of plain values on one line (`verbs: [get, list]`), as RBAC docs write them. */
function compactYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, node) {
      if (isSeq(node) && node.items.every(item => isScalar(item))) {
        node.flow = true;
      }
    },
  });
  return doc.toString({ flowCollectionPadding: false });
}
