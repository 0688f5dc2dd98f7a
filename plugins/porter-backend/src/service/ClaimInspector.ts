import {
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  ClaimId,
  KubernetesObject,
  PolicyApplyResult,
  porterClaimPolicyApplyPermission,
  ServiceSummary,
} from '@internal/plugin-porter-common';
import {
  ClusterClient,
  ClusterUnavailableError,
} from '../clusters/ClusterClient';
import { NETWORK_POLICY, POD, SERVICE } from '../clusters/kinds';
import type { PorterConfig } from '../config/readPorterConfig';
import { ClaimAuthorizer } from '../permissions/ClaimAuthorizer';
import { NamespaceAuthority } from '../permissions/NamespaceAuthority';
import { computePolicyVerdict, PolicyVerdict } from '../planning/policyVerdict';
import { Caller, ClaimService } from './ClaimService';
import { probeCommands, probeTcp, ProbeResult } from './probeTcp';

export interface PolicySide {
  cluster: string;
  verdict?: PolicyVerdict;
  /** Set when the cluster could not be asked. */
  error?: string;
}

/**
 * Live questions to the clusters about a claim, answered on request: the
 * NetworkPolicy verdict (and applying its fix), a TCP probe of each VIP, and
 * the Services a new claim could target.
 */
export class ClaimInspector {
  constructor(
    private readonly config: PorterConfig,
    private readonly clients: Map<string, ClusterClient>,
    private readonly claims: ClaimService,
    private readonly authorizer: ClaimAuthorizer,
    private readonly namespaces: NamespaceAuthority,
  ) {}

  /** The namespace's Services, for a caller the namespace authority lets list them. */
  async services(
    cluster: string,
    namespace: string,
    caller: Caller,
  ): Promise<ServiceSummary[]> {
    const client = this.client(cluster);
    await this.namespaces.require(
      caller.credentials,
      cluster,
      namespace,
      'listServices',
    );
    let services: KubernetesObject[];
    try {
      services = await client.list(SERVICE, { namespace });
    } catch (error) {
      if (error instanceof ClusterUnavailableError)
        throw new ServiceUnavailableError(error.message);
      throw error;
    }
    return services
      .map((s: any) => ({
        name: s.metadata.name,
        type: s.spec?.type ?? 'ClusterIP',
        ports: (s.spec?.ports ?? []).map((p: any) => ({
          name: p.name,
          port: p.port,
          protocol: p.protocol ?? 'TCP',
        })),
        selector: s.spec?.selector,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Per realising cluster, the verdict; the caller must be let list NetworkPolicies in each. */
  async policy(id: ClaimId, caller: Caller): Promise<PolicySide[]> {
    const claim = await this.claims.get(id, caller);
    for (const { cluster } of claim.status.allocations) {
      await this.namespaces.require(
        caller.credentials,
        cluster,
        claim.namespace,
        'listNetworkPolicies',
      );
    }
    const sides: PolicySide[] = [];
    for (const { cluster } of claim.status.allocations) {
      try {
        const client = this.client(cluster);
        const service = await client.get(
          SERVICE,
          claim.namespace,
          claim.spec.service,
        );
        if (!service) {
          sides.push({
            cluster,
            error: `Service '${claim.spec.service}' does not exist in ${cluster}`,
          });
          continue;
        }
        const [pods, networkPolicies] = await Promise.all([
          client.list(POD, { namespace: claim.namespace }),
          client.list(NETWORK_POLICY, { namespace: claim.namespace }),
        ]);
        sides.push({
          cluster,
          verdict: computePolicyVerdict({
            service: service as any,
            servicePort: claim.spec.servicePort,
            pods: pods as any,
            networkPolicies: networkPolicies as any,
          }),
        });
      } catch (error) {
        if (!(error instanceof ClusterUnavailableError)) throw error;
        sides.push({ cluster, error: error.message });
      }
    }
    return sides;
  }

  /**
   * Applies the proposed `allow-from-f5-ingress` policy wherever traffic is
   * blocked; only in `clusters` when given (each must realise the claim).
   */
  async applyPolicyFix(
    id: ClaimId,
    caller: Caller,
    clusters?: string[],
  ): Promise<PolicyApplyResult[]> {
    const claim = await this.claims.get(id, caller);
    const realising = claim.status.allocations.map(a => a.cluster);
    const unknown = (clusters ?? []).filter(c => !realising.includes(c));
    if (unknown.length > 0) {
      throw new InputError(
        `Invalid body: clusters ${unknown.join(', ')} do not realise claim '${
          id.name
        }'; it is in ${realising.join(' and ')}`,
      );
    }
    await this.authorizer.authorizeWrite({
      permission: porterClaimPolicyApplyPermission,
      claim: id,
      existingEntityRef: claim.entityRef,
      credentials: caller.credentials,
    });
    const results: PolicyApplyResult[] = [];
    const sides = (await this.policy(id, caller)).filter(
      side => !clusters || clusters.includes(side.cluster),
    );
    for (const side of sides) {
      const fix = side.verdict?.fix as KubernetesObject | undefined;
      if (!fix) {
        results.push({ cluster: side.cluster, error: side.error });
        continue;
      }
      try {
        const client = this.client(side.cluster);
        const current = await client.get(
          NETWORK_POLICY,
          fix.metadata.namespace!,
          fix.metadata.name,
        );
        await (current ? client.replace(fix, current) : client.create(fix));
        results.push({ cluster: side.cluster, applied: fix.metadata.name });
        await this.claims.record(
          id,
          [
            {
              type: 'policy-applied',
              message: `NetworkPolicy '${fix.metadata.name}' applied in ${side.cluster} so the load balancer reaches the pods`,
              data: { cluster: side.cluster, policy: fix.metadata.name },
            },
          ],
          caller,
        );
      } catch (error) {
        results.push({
          cluster: side.cluster,
          error: (error as Error).message,
        });
      }
    }
    return results;
  }

  async probe(id: ClaimId, caller: Caller) {
    const claim = await this.claims.get(id, caller);
    const timeout = claim.spec.monitor.timeout;
    return Promise.all(
      claim.status.allocations.map(async a => ({
        cluster: a.cluster,
        address: a.address,
        port: a.port,
        ...((await probeTcp(a.address, a.port, timeout * 1000)) as ProbeResult),
        commands: probeCommands(a.address, a.port, timeout),
      })),
    );
  }

  private client(cluster: string): ClusterClient {
    const client = this.clients.get(cluster);
    if (!client || !this.config.clusters.has(cluster)) {
      throw new NotFoundError(
        `Unknown cluster '${cluster}'. Porter manages: ${[
          ...this.config.clusters.keys(),
        ].join(', ')}.`,
      );
    }
    return client;
  }
}
