import type {
  SidePhase,
  TransportServerStatus,
} from '@internal/plugin-porter-common';
import type { Service } from '../planning/kubernetesTypes';

/** What a cluster says about a claim's target Service. */
export interface TargetFacts {
  /** The target Service (its spec is all the checks read), or undefined when it does not exist. */
  service?: Pick<Service, 'spec'>;
  /**
   * The Service's endpoints, from its EndpointSlices: how many there are and
   * how many are ready (Kubernetes decides readiness, as for the load balancer).
   */
  endpoints: { ready: number; total: number };
}

/** Problems with the target that stop traffic, each saying what to do. Pure. */
export function targetChecks(
  facts: TargetFacts,
  target: {
    namespace: string;
    service: string;
    servicePort: number;
    cluster: string;
  },
  requireNodePort: boolean,
): string[] {
  const where = `in namespace '${target.namespace}' on ${target.cluster}`;
  const service = facts.service;
  if (!service) {
    return [
      `Service '${target.service}' does not exist ${where}; create it, or fix spec.service.`,
    ];
  }
  const problems: string[] = [];
  const ports = service.spec.ports ?? [];
  if (!ports.some(p => p.port === target.servicePort)) {
    const have = ports.map(p => p.port).join(', ') || 'none';
    problems.push(
      `Service '${target.service}' has no port ${target.servicePort} (it has: ${have}); fix spec.servicePort or the Service.`,
    );
  }
  const type = service.spec.type ?? 'ClusterIP';
  if (requireNodePort && type !== 'NodePort') {
    problems.push(
      `Service '${target.service}' is ${type}, but ${target.cluster} requires NodePort for TCP exposures; set spec.type: NodePort (the port stays the same).`,
    );
  }
  if (
    !service.spec.selector ||
    Object.keys(service.spec.selector).length === 0
  ) {
    problems.push(
      `Service '${target.service}' has no selector, so no pods receive the traffic.`,
    );
  } else if (facts.endpoints.total === 0) {
    problems.push(
      `No pods behind Service '${target.service}': none match its selector.`,
    );
  } else if (facts.endpoints.ready === 0) {
    problems.push(
      `No ready pods behind Service '${target.service}' (${facts.endpoints.total} matching, none ready).`,
    );
  }
  return problems;
}

/**
 * A side's phase from what happened and what the cluster says. Pure.
 * Order matters: an unreachable cluster says nothing reliable about the rest.
 */
export function sidePhase(input: {
  unreachable?: string;
  writeErrors: string[];
  /** Objects Porter may not write because their names are taken: a person must act. */
  conflicts?: string[];
  checks: string[];
  transportServer?: TransportServerStatus;
}): { phase: SidePhase; reasons: string[] } {
  if (input.unreachable) {
    return { phase: 'Degraded', reasons: [input.unreachable] };
  }
  if (input.conflicts?.length) {
    return {
      phase: 'Error',
      reasons: [...input.conflicts, ...input.writeErrors, ...input.checks],
    };
  }
  if (input.writeErrors.length > 0) {
    return { phase: 'Degraded', reasons: input.writeErrors };
  }
  const ts = input.transportServer;
  const lbError =
    ts?.status && ts.status.toLowerCase() === 'error'
      ? [
          `The load balancer reports an error for the TransportServer: ${
            ts.error ?? 'no detail given'
          }.`,
        ]
      : [];
  if (input.checks.length > 0 || lbError.length > 0) {
    return { phase: 'Error', reasons: [...lbError, ...input.checks] };
  }
  if (ts?.status !== 'Ok') {
    return {
      phase: 'Pending',
      reasons: [
        `Waiting for the load balancer to report the TransportServer (status: ${
          ts?.status ?? 'none yet'
        }).`,
      ],
    };
  }
  return { phase: 'Ready', reasons: [] };
}
