import {
  KUBERNETES_NAMESPACE_ANNOTATION,
  PORTER_NAMESPACES_ANNOTATION,
} from './constants';

/**
 * A namespace an entity is bound to; without `cluster` it applies on every cluster.
 *
 * @public
 */
export interface NamespaceBinding {
  cluster?: string;
  namespace: string;
}

/**
 * The namespaces a catalog entity maps to, from its annotations:
 * `backstage.io/kubernetes-namespace: ns` (every cluster) and
 * `porter.devops.gov.bc.ca/namespaces: "ns, silver/ns2, gold/ns3"`.
 *
 * @public
 */
export function namespaceBindings(
  annotations: Record<string, string> | undefined,
): NamespaceBinding[] {
  const bindings: NamespaceBinding[] = [];
  const k8s = annotations?.[KUBERNETES_NAMESPACE_ANNOTATION]?.trim();
  if (k8s) {
    bindings.push({ namespace: k8s });
  }
  const porter = annotations?.[PORTER_NAMESPACES_ANNOTATION] ?? '';
  for (const entry of porter.split(',')) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const slash = trimmed.indexOf('/');
    bindings.push(
      slash < 0
        ? { namespace: trimmed }
        : {
            cluster: trimmed.slice(0, slash).trim(),
            namespace: trimmed.slice(slash + 1).trim(),
          },
    );
  }
  return bindings;
}

/**
 * Whether the bindings cover `namespace` on `cluster`.
 *
 * @public
 */
export function isBoundTo(
  bindings: NamespaceBinding[],
  cluster: string,
  namespace: string,
): boolean {
  return bindings.some(
    b =>
      b.namespace === namespace &&
      (b.cluster === undefined || b.cluster === cluster),
  );
}
