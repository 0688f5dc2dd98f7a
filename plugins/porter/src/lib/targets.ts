import {
  ClusterSummary,
  NamespaceBinding,
  PORTER_NAMESPACES_ANNOTATION,
} from '@internal/plugin-porter-common';

/** Where a new claim can be made: a cluster (with its pair's secondary) and a namespace. */
export interface TargetChoice {
  /** `cluster/namespace`, unique among the choices. */
  key: string;
  /** The cluster the claim is made in (standalone or a pair's primary). */
  cluster: string;
  namespace: string;
  /** Every cluster the claim is realised in: `[gold, golddr]` for a pair. */
  clusters: string[];
  /** `gold + golddr`, or `silver`. */
  label: string;
  /** Set when the binding cannot take a claim; the sentence says why. */
  disabledReason?: string;
}

/**
 * The entity's namespace bindings as choices for a new claim. A binding
 * without a cluster means every cluster. A pair is one choice, made in its
 * primary ("gold + golddr"); its secondary is never a choice of its own, and
 * is listed disabled with the reason. Bindings to clusters Porter does not
 * manage are listed disabled too.
 */
export function targetChoices(
  bindings: NamespaceBinding[],
  clusters: ClusterSummary[],
): TargetChoice[] {
  const choices = new Map<string, TargetChoice>();
  const add = (choice: TargetChoice) => {
    const existing = choices.get(choice.key);
    // An enabled choice wins over a disabled one for the same place.
    if (!existing || (existing.disabledReason && !choice.disabledReason)) {
      choices.set(choice.key, choice);
    }
  };
  for (const binding of bindings) {
    const candidates = binding.cluster
      ? [clusters.find(c => c.name === binding.cluster) ?? binding.cluster]
      : clusters;
    for (const cluster of candidates) {
      add(choiceFor(cluster, binding.namespace));
    }
  }
  const result = [...choices.values()];
  for (const choice of result) {
    const primary = clusters.find(
      c => c.name === choice.cluster && c.role === 'secondary',
    )?.peer;
    if (primary && !choices.get(`${primary}/${choice.namespace}`)) {
      choice.disabledReason += ` This component is not bound to ${choice.namespace} in ${primary}; add ${primary}/${choice.namespace} to its ${PORTER_NAMESPACES_ANNOTATION} annotation.`;
    }
  }
  return result;
}

function choiceFor(
  cluster: ClusterSummary | string,
  namespace: string,
): TargetChoice {
  if (typeof cluster === 'string') {
    return {
      key: `${cluster}/${namespace}`,
      cluster,
      namespace,
      clusters: [cluster],
      label: cluster,
      disabledReason: `Porter does not manage a cluster named '${cluster}'.`,
    };
  }
  const base = {
    key: `${cluster.name}/${namespace}`,
    cluster: cluster.name,
    namespace,
  };
  if (cluster.role === 'primary' && cluster.peer) {
    return {
      ...base,
      clusters: [cluster.name, cluster.peer],
      label: `${cluster.name} + ${cluster.peer}`,
    };
  }
  if (cluster.role === 'secondary') {
    return {
      ...base,
      clusters: [cluster.name],
      label: cluster.name,
      disabledReason: `${cluster.name} is the standby half of the ${cluster.peer} + ${cluster.name} pair: claims are made in ${cluster.peer} and mirrored to ${cluster.name}.`,
    };
  }
  return { ...base, clusters: [cluster.name], label: cluster.name };
}
