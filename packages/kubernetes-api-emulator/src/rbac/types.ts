/** The parts of rbac.authorization.k8s.io/v1 objects the evaluator reads. */

export interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | string;
    values?: string[];
  }>;
}

export interface Role {
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
  };
  rules?: PolicyRule[];
  /** ClusterRoles only: the rules are those of the ClusterRoles these select. */
  aggregationRule?: { clusterRoleSelectors?: LabelSelector[] };
}

export interface Subject {
  kind: 'User' | 'Group' | 'ServiceAccount' | string;
  name: string;
  namespace?: string;
  apiGroup?: string;
}

export interface Binding {
  metadata: { name: string; namespace?: string };
  subjects?: Subject[];
  roleRef: { kind: 'Role' | 'ClusterRole' | string; name: string };
}

/** Everything the RBAC authorizer consults, as stored in a cluster. */
export interface RbacObjects {
  roles: Role[];
  clusterRoles: Role[];
  roleBindings: Binding[];
  clusterRoleBindings: Binding[];
}

/** spec.resourceAttributes of an access review. */
export interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  version?: string;
  resource?: string;
  subresource?: string;
  name?: string;
}

/** spec.nonResourceAttributes of an access review. */
export interface NonResourceAttributes {
  path?: string;
  verb?: string;
}

/** Who asks, and for what: the authorizer's Attributes. */
export interface AccessRequest {
  user: string;
  groups: string[];
  resourceAttributes?: ResourceAttributes;
  nonResourceAttributes?: NonResourceAttributes;
}

/** status of an access review. */
export interface AccessDecision {
  allowed: boolean;
  reason?: string;
  evaluationError?: string;
}
