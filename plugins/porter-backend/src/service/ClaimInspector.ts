import {
  ConflictError,
  InputError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  ClaimId,
  KubernetesObject,
  PolicyApplyResult,
  PolicySide as ApiPolicySide,
  porterClaimPolicyApplyPermission,
  ServiceSummary,
  tcpProbeCommands,
} from '@internal/plugin-porter-common';
import type { ClusterClient } from '../clusters/ClusterClient';
import { ClusterUnavailableError } from '../clusters/clusterErrors';
import { NETWORK_POLICY, POD, SERVICE } from '../clusters/kinds';
import type { PorterConfig } from '../config/readPorterConfig';
import { ClaimAuthorizer } from '../permissions/ClaimAuthorizer';
import { NamespaceAuthority } from '../permissions/NamespaceAuthority';
import type { NetworkPolicy, Pod, Service } from '../planning/kubernetesTypes';
import { entityLabels, porterLabels } from '../planning/labels';
import { computePolicyVerdict, PolicyVerdict } from '../planning/policyVerdict';
import { NameTakenError } from '../reconcile/applyDiff';
import { claimIdOfObject, ownerOf } from '../reconcile/ownership';
import { Caller, ClaimService } from './ClaimService';
import { probeTcp } from './probeTcp';
import { RateLimiter } from './RateLimiter';
import { TooManyRequestsError } from './TooManyRequestsError';

/** A cluster's verdict, with the fix as Porter builds it (the API's PolicySide). */
export type PolicySide = Omit<ApiPolicySide, 'verdict'> & {
  verdict?: PolicyVerdict;
};

/**
 * Live questions to the clusters about a claim, answered on request: the
 * NetworkPolicy verdict (and applying its fix), a TCP probe of each VIP, and
 * the Services a new claim could target.
 */
export class ClaimInspector {
  private readonly config: PorterConfig;
  private readonly clients: Map<string, ClusterClient>;
  private readonly claims: ClaimService;
  private readonly authorizer: ClaimAuthorizer;
  private readonly namespaces: NamespaceAuthority;
  private readonly probes: RateLimiter;

  constructor(options: {
    config: PorterConfig;
    clients: Map<string, ClusterClient>;
    claims: ClaimService;
    authorizer: ClaimAuthorizer;
    namespaces: NamespaceAuthority;
  }) {
    this.config = options.config;
    this.clients = options.clients;
    this.claims = options.claims;
    this.authorizer = options.authorizer;
    this.namespaces = options.namespaces;
    this.probes = new RateLimiter(
      options.config.probe.perUserPerMinute,
      60_000,
    );
  }

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
    return (services as unknown as Service[])
      .map(s => ({
        name: s.metadata.name,
        type: s.spec?.type ?? 'ClusterIP',
        ports: (s.spec?.ports ?? []).map(p => ({
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
    const claim = await this.claims.getWithId(id, caller);
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
        // The client is generic over kinds; each list is of the kind asked for.
        sides.push({
          cluster,
          verdict: computePolicyVerdict({
            service: service as unknown as Service,
            servicePort: claim.spec.servicePort,
            pods: pods as unknown as Pod[],
            networkPolicies: networkPolicies as unknown as NetworkPolicy[],
            // The claim's own policy, applied before, may be brought up to date.
            mayReplace: policy => this.isOwnPolicy(policy, claim.id),
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
   * The policy carries Porter's labels and the claim's, admits only the
   * claimed port, and goes with the claim. A fix that would isolate pods
   * which accept all traffic now is refused (409, naming them) unless
   * `confirmIsolation`, before anything is written; an existing policy of
   * that name that is not the claim's own is never replaced.
   */
  async applyPolicyFix(
    id: ClaimId,
    caller: Caller,
    options: { clusters?: string[]; confirmIsolation?: boolean } = {},
  ): Promise<PolicyApplyResult[]> {
    const { clusters } = options;
    const claim = await this.claims.getWithId(id, caller);
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
    const sides = (await this.policy(id, caller)).filter(
      side => !clusters || clusters.includes(side.cluster),
    );
    const isolating = sides.filter(
      side => side.verdict?.fix && side.verdict.wouldIsolate?.length,
    );
    if (isolating.length > 0 && !options.confirmIsolation) {
      const what = isolating
        .map(
          side =>
            `Applying NetworkPolicy '${side.verdict!.fix!.metadata.name}' in ${
              side.cluster
            } would isolate ${side.verdict!.wouldIsolate!.join(
              ', ',
            )}, which accept all traffic now and would then accept only what some NetworkPolicy admits.`,
        )
        .join(' ');
      throw new ConflictError(
        `${what} Check that nothing else needs to reach them, then apply again with confirmIsolation: true. Nothing was written.`,
      );
    }
    const results: PolicyApplyResult[] = [];
    for (const side of sides) {
      const proposed = side.verdict?.fix as KubernetesObject | undefined;
      if (!proposed) {
        results.push({ cluster: side.cluster, error: side.error });
        continue;
      }
      const fix: KubernetesObject = {
        ...proposed,
        metadata: {
          ...proposed.metadata,
          labels: {
            ...porterLabels(claim, this.config.instance),
            ...entityLabels(claim.entityRef),
          },
        },
      };
      try {
        const client = this.client(side.cluster);
        const current = await client.get(
          NETWORK_POLICY,
          fix.metadata.namespace!,
          fix.metadata.name,
        );
        if (current && !this.isOwnPolicy(current, claim.id)) {
          // Created by someone else since the verdict was computed.
          throw new NameTakenError(fix, "is not this claim's");
        }
        await (current ? client.replace(fix, current) : client.create(fix));
        results.push({ cluster: side.cluster, applied: fix.metadata.name });
        await this.claims.record(
          { ...id, entityRef: claim.entityRef },
          [
            {
              type: 'policy-applied',
              message: `NetworkPolicy '${fix.metadata.name}' applied in ${side.cluster} so the load balancer reaches the pods on port ${claim.spec.servicePort}'s target`,
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

  /** A NetworkPolicy this portal applied for this claim. */
  private isOwnPolicy(
    policy: Pick<KubernetesObject, 'metadata'>,
    claimId: number,
  ): boolean {
    return (
      ownerOf(policy, this.config.instance).kind === 'ours' &&
      claimIdOfObject(policy) === claimId
    );
  }

  /**
   * A TCP connect from the backend to each side's VIP:port. The caller must
   * be let read the claim (porter.claim.read); the wait is capped at
   * porter.probe.timeoutSeconds whatever the monitor's timeout (up to a day),
   * and each caller may run porter.probe.perUserPerMinute tests a minute.
   */
  async probe(id: ClaimId, caller: Caller) {
    const claim = await this.claims.get(id, caller);
    const who = caller.actor ?? 'anonymous';
    const turn = this.probes.take(who);
    if (!turn.allowed) {
      throw new TooManyRequestsError(
        `You ran ${this.config.probe.perUserPerMinute} connection tests in the last minute, ` +
          `the most allowed (porter.probe.perUserPerMinute); try again in ${Math.ceil(
            turn.retryAfterMs / 1000,
          )} s.`,
      );
    }
    const seconds = Math.min(
      claim.spec.monitor.timeout,
      this.config.probe.timeoutSeconds,
    );
    return Promise.all(
      claim.status.allocations.map(async a => ({
        cluster: a.cluster,
        address: a.address,
        port: a.port,
        ...(await probeTcp(a.address, a.port, seconds * 1000)),
        commands: tcpProbeCommands(a.address, a.port, seconds),
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
