import type {
  AccessDecision,
  AccessRequest,
  Binding,
  LabelSelector,
  PolicyRule,
  RbacObjects,
  Role,
  Subject,
} from './types';

/**
 * The RBAC authorizer of the real API server
 * (k8s.io/kubernetes/plugin/pkg/auth/authorizer/rbac), as a pure function:
 * ClusterRoleBindings apply everywhere, RoleBindings in their namespace only;
 * a rule allows when its verbs, apiGroups, resources (`*`, `resource`,
 * `resource/subresource`, or `*` + `/subresource`) and resourceNames all match, or
 * its nonResourceURLs (with a trailing `*`) for a non-resource request. The
 * first matching rule wins and is named in the reason, worded as the real
 * server words it. Members of `system:masters` are allowed by the
 * privileged-group authorizer that runs before RBAC.
 */
export function authorize(
  request: AccessRequest,
  objects: RbacObjects,
): AccessDecision {
  if (request.groups.includes('system:masters')) {
    return { allowed: true, reason: '' };
  }
  const namespace = request.resourceAttributes?.namespace ?? '';
  const errors: string[] = [];

  const visit = (
    binding: Binding,
    kind: 'ClusterRoleBinding' | 'RoleBinding',
    bindingNamespace: string,
  ): string | undefined => {
    const subject = (binding.subjects ?? []).find(s =>
      appliesTo(request, s, bindingNamespace),
    );
    if (!subject) return undefined;
    const rules = roleRules(binding, bindingNamespace, objects);
    if (typeof rules === 'string') {
      errors.push(rules);
      return undefined;
    }
    if (!rules.some(rule => ruleAllows(request, rule))) return undefined;
    const name =
      kind === 'RoleBinding'
        ? `${binding.metadata.name}/${bindingNamespace}`
        : binding.metadata.name;
    return `RBAC: allowed by ${kind} "${name}" of ${binding.roleRef.kind} "${
      binding.roleRef.name
    }" to ${describeSubject(subject, bindingNamespace)}`;
  };

  for (const binding of objects.clusterRoleBindings) {
    const reason = visit(binding, 'ClusterRoleBinding', '');
    if (reason) return { allowed: true, reason };
  }
  if (namespace) {
    for (const binding of objects.roleBindings.filter(
      b => b.metadata.namespace === namespace,
    )) {
      const reason = visit(binding, 'RoleBinding', namespace);
      if (reason) return { allowed: true, reason };
    }
  }
  if (errors.length === 0) return { allowed: false, reason: '' };
  const aggregate = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
  return {
    allowed: false,
    reason: `RBAC: ${aggregate}`,
    evaluationError: aggregate,
  };
}

function appliesTo(
  request: AccessRequest,
  subject: Subject,
  bindingNamespace: string,
): boolean {
  switch (subject.kind) {
    case 'User':
      return request.user === subject.name;
    case 'Group':
      return request.groups.includes(subject.name);
    case 'ServiceAccount': {
      // A RoleBinding may leave out the namespace of a service account in its own namespace.
      const saNamespace = subject.namespace || bindingNamespace;
      return (
        saNamespace !== '' &&
        request.user === `system:serviceaccount:${saNamespace}:${subject.name}`
      );
    }
    default:
      return false;
  }
}

function describeSubject(subject: Subject, bindingNamespace: string): string {
  if (subject.kind === 'ServiceAccount') {
    return `ServiceAccount "${subject.name}/${
      subject.namespace || bindingNamespace
    }"`;
  }
  return `${subject.kind} "${subject.name}"`;
}

/** The rules a binding grants, or the error the real server reports for a bad reference. */
function roleRules(
  binding: Binding,
  bindingNamespace: string,
  objects: RbacObjects,
): PolicyRule[] | string {
  const { kind, name } = binding.roleRef;
  if (kind === 'Role') {
    const role = objects.roles.find(
      r =>
        r.metadata.name === name && r.metadata.namespace === bindingNamespace,
    );
    return role
      ? role.rules ?? []
      : `role.rbac.authorization.k8s.io "${name}" not found`;
  }
  if (kind === 'ClusterRole') {
    const role = objects.clusterRoles.find(r => r.metadata.name === name);
    if (!role)
      return `clusterrole.rbac.authorization.k8s.io "${name}" not found`;
    return clusterRoleRules(role, objects.clusterRoles);
  }
  return `unsupported role reference kind: "${kind}"`;
}

/**
 * An aggregated ClusterRole's rules are those of the ClusterRoles its
 * selectors match (the real cluster's aggregation controller copies them in;
 * here they are gathered when asked).
 */
function clusterRoleRules(role: Role, all: Role[]): PolicyRule[] {
  const selectors = role.aggregationRule?.clusterRoleSelectors;
  if (!selectors) return role.rules ?? [];
  return all
    .filter(
      other =>
        other !== role &&
        selectors.some(s => selectorMatches(s, other.metadata.labels ?? {})),
    )
    .flatMap(other => other.rules ?? []);
}

function selectorMatches(
  selector: LabelSelector,
  labels: Record<string, string>,
): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(
    ([k, v]) => labels[k] === v,
  );
  const byExpressions = (selector.matchExpressions ?? []).every(e => {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        return has && (e.values ?? []).includes(labels[e.key]);
      case 'NotIn':
        return !has || !(e.values ?? []).includes(labels[e.key]);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false;
    }
  });
  // An empty selector selects nothing for aggregation, as in the controller.
  const empty =
    !selector.matchLabels && (selector.matchExpressions ?? []).length === 0;
  return !empty && byLabels && byExpressions;
}

/** rbacv1helpers.RuleAllows. */
export function ruleAllows(request: AccessRequest, rule: PolicyRule): boolean {
  const resource = request.resourceAttributes;
  if (resource) {
    const subresource = resource.subresource ?? '';
    const combined = subresource
      ? `${resource.resource ?? ''}/${subresource}`
      : resource.resource ?? '';
    return (
      matchesOrStar(rule.verbs, resource.verb ?? '') &&
      matchesOrStar(rule.apiGroups, resource.group ?? '') &&
      resourceMatches(rule.resources ?? [], combined, subresource) &&
      resourceNameMatches(rule.resourceNames ?? [], resource.name ?? '')
    );
  }
  const path = request.nonResourceAttributes?.path ?? '';
  return (
    matchesOrStar(rule.verbs, request.nonResourceAttributes?.verb ?? '') &&
    (rule.nonResourceURLs ?? []).some(
      url =>
        url === '*' ||
        url === path ||
        (url.endsWith('*') && path.startsWith(url.replace(/\*+$/, ''))),
    )
  );
}

function matchesOrStar(list: string[] | undefined, value: string): boolean {
  return (list ?? []).some(item => item === '*' || item === value);
}

function resourceMatches(
  resources: string[],
  combined: string,
  subresource: string,
): boolean {
  return resources.some(
    r =>
      r === '*' ||
      r === combined ||
      // `*/scale` matches the scale subresource of every resource; `pods/*` is not a wildcard.
      (subresource !== '' && r === `*/${subresource}`),
  );
}

function resourceNameMatches(names: string[], name: string): boolean {
  return names.length === 0 || names.includes(name);
}
