import type {
  Allocation,
  ClaimId,
  ClaimSide,
  ClaimSpec,
  CrossConnect,
  KubernetesObject,
  TransportServerStatus,
} from '@internal/plugin-porter-common';
import { sidePhase, TargetFacts, targetChecks } from './sideStatus';

/** A claim's side in one cluster, as a person should see it. Pure. */
export function describeSide(input: {
  claim: ClaimId & { spec: ClaimSpec };
  allocation: Allocation;
  requireNodePort: boolean;
  planned: KubernetesObject[];
  /** The claim's TransportServer in the cluster, as Porter last saw it. */
  transportServer?: KubernetesObject;
  target?: TargetFacts;
  unreachable?: string;
  writeErrors: string[];
  /** Planned objects whose names are taken by objects Porter may not replace. */
  conflicts?: string[];
  notes?: string[];
  /** When Porter looked (the sync's time). */
  observedAt: Date;
}): ClaimSide {
  const { claim, allocation } = input;
  const ts = input.transportServer as
    | (KubernetesObject & { status?: TransportServerStatus; spec?: any })
    | undefined;
  // A TransportServer written with another address or port has not been reported on yet.
  const current =
    ts?.spec?.virtualServerAddress === allocation.address &&
    ts?.spec?.virtualServerPort === allocation.port;
  const transportServer = ts && current ? pick(ts.status) : undefined;

  const checks = input.target
    ? targetChecks(
        input.target,
        {
          namespace: claim.namespace,
          service: claim.spec.service,
          servicePort: claim.spec.servicePort,
          cluster: allocation.cluster,
        },
        input.requireNodePort,
      )
    : [];
  const { phase, reasons } = sidePhase({
    unreachable: input.unreachable,
    writeErrors: input.writeErrors,
    conflicts: input.conflicts,
    checks,
    transportServer,
  });
  return {
    cluster: allocation.cluster,
    phase,
    reasons,
    address: allocation.address,
    port: allocation.port,
    transportServer,
    crossConnects: crossConnects(input.planned),
    ...(input.notes?.length ? { notes: input.notes } : {}),
    observedAt: input.observedAt.toISOString(),
  };
}

function pick(
  status: TransportServerStatus | undefined,
): TransportServerStatus | undefined {
  if (!status) return undefined;
  const { status: s, error, lastUpdated } = status;
  return { status: s, error, lastUpdated };
}

function crossConnects(planned: KubernetesObject[]): CrossConnect[] {
  return planned
    .filter(o => o.kind === 'Endpoints')
    .map(endpoints => {
      const service = planned.find(
        o =>
          o.kind === 'Service' && o.metadata.name === endpoints.metadata.name,
      ) as any;
      const subset = (endpoints as any).subsets[0];
      return {
        name: endpoints.metadata.name,
        port: service?.spec.ports[0].port,
        endpoint: `${subset.addresses[0].ip}:${subset.ports[0].port}`,
      };
    });
}
