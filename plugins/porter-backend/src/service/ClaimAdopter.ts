import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  claimSpecSchema,
  describeZodError,
  KubernetesObject,
  MANAGED_BY_LABEL,
  PORTER_ENTITY_REF_ANNOTATION,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { TRANSPORT_SERVER, TRANSPORT_SERVER_CLAIM } from '../clusters/kinds';
import type { ClusterViews } from '../clusters/watch/ClusterViews';
import type { PorterConfig } from '../config/readPorterConfig';
import type { NewFinding } from '../database/FindingStore';
import type { PorterStores } from '../database/PorterDatabase';
import { EntityResolver } from '../permissions/EntityResolver';
import { checkNameClash, checkQuota } from './admission';
import { ClaimAllocator } from './ClaimAllocator';
import type { ApplyInput } from './ClaimService';
import { ClaimSyncer } from './ClaimSyncer';
import { realisingClusters } from './clusters';

/** An adoption candidate Porter will not (or cannot yet) import; the reason is reported. */
class NotAdopted extends Error {}

/**
 * Finds TransportServerClaims that people created with `oc apply` and
 * imports them as Porter claims, keeping the ports of the TransportServers
 * the old operator made for them. One candidate that cannot be adopted (its
 * spec, an unknown entity, the quota or port budget, a kept port another
 * claim holds, a cluster of its pair that does not answer) is recorded as a
 * finding and skipped; the others go on. Adoption acts as Porter: the claim
 * was already made in the cluster by someone its RBAC allowed.
 */
export class ClaimAdopter {
  private readonly db: Knex;
  private readonly claims: PorterStores['claims'];
  private readonly history: PorterStores['history'];
  private readonly findings: PorterStores['findings'];
  private readonly allocator: ClaimAllocator;
  private readonly views: ClusterViews;
  private readonly syncer: ClaimSyncer;
  private readonly entities: EntityResolver;
  private readonly auth: AuthService;
  private readonly config: PorterConfig;
  private readonly logger: LoggerService;

  constructor(options: {
    db: Knex;
    stores: Pick<PorterStores, 'claims' | 'history' | 'findings'>;
    allocator: ClaimAllocator;
    /** What each cluster holds, from its watch: adoption reads nothing else. */
    views: ClusterViews;
    syncer: ClaimSyncer;
    entities: EntityResolver;
    auth: AuthService;
    config: PorterConfig;
    logger: LoggerService;
  }) {
    this.db = options.db;
    this.claims = options.stores.claims;
    this.history = options.stores.history;
    this.findings = options.stores.findings;
    this.allocator = options.allocator;
    this.views = options.views;
    this.syncer = options.syncer;
    this.entities = options.entities;
    this.auth = options.auth;
    this.config = options.config;
    this.logger = options.logger;
  }

  /** One pass over every candidate; returns how many were adopted. */
  async adoptAll(): Promise<number> {
    let adopted = 0;
    const findings: NewFinding[] = [];
    for (const cluster of this.config.clusters.values()) {
      if (cluster.role === 'secondary') continue;
      const view = this.views.get(cluster.name);
      if (!view) continue;
      await view.whenSynced(this.config.clusterTimeoutMs);
      if (view.unavailable) {
        findings.push({
          cluster: cluster.name,
          namespace: '*',
          name: '*',
          message: `Could not look for TransportServerClaims to adopt: ${view.unavailable}`,
        });
        continue;
      }
      // Claims with Porter's mark are this portal's or another portal's: never candidates.
      const candidates: KubernetesObject[] = view
        .list(TRANSPORT_SERVER_CLAIM)
        .filter(tsc => !tsc.metadata.labels?.[MANAGED_BY_LABEL]);
      for (const tsc of candidates) {
        const { name, namespace = '' } = tsc.metadata;
        try {
          if (await this.adoptOne(cluster.name, tsc)) adopted++;
        } catch (error) {
          const message =
            error instanceof NotAdopted
              ? error.message
              : `Not adopted: ${(error as Error).message}`;
          this.logger.warn(
            `TransportServerClaim ${namespace}/${name} in ${cluster.name}: ${message}`,
          );
          findings.push({ cluster: cluster.name, namespace, name, message });
        }
      }
    }
    await this.findings.replace(this.db, 'adoption', findings, new Date());
    return adopted;
  }

  private async adoptOne(
    cluster: string,
    tsc: KubernetesObject,
  ): Promise<boolean> {
    const { name } = tsc.metadata;
    const namespace = tsc.metadata.namespace!;
    const parsed = claimSpecSchema.safeParse((tsc as any).spec);
    if (!parsed.success) {
      throw new NotAdopted(
        `Not adopted: its spec is invalid (${describeZodError(
          parsed.error,
          'spec',
        )}); fix it with oc and the next pass adopts it.`,
      );
    }
    const input: ApplyInput = {
      cluster,
      namespace,
      name,
      spec: parsed.data,
      entityRef: await this.entityOf(tsc, cluster),
    };
    const existing = await this.claims.get(this.db, input);
    // Adopted already: the sync takes the object over once its cluster answers.
    if (existing?.adopted) return false;
    if (existing) {
      throw new NotAdopted(
        'Not adopted: a Porter claim of that name exists; this TransportServerClaim is not its object ' +
          '(the claim reports the conflict). Delete one of them.',
      );
    }
    const keepPorts = await this.keptPorts(input);
    const id = await this.adopt(input, keepPorts);
    if (id === undefined) return false;
    await this.syncer.audit('reconcile-adopt', {
      claim: `${cluster}/${namespace}/${name}`,
      spec: JSON.stringify(input.spec),
      entityRef: input.entityRef ?? null,
      keptPorts: [...keepPorts].map(([c, p]) => `${c}:${p}`),
    });
    await this.syncer.sync(
      [(await this.claims.getById(this.db, id))!],
      'claims',
    );
    this.logger.info(
      `Adopted TransportServerClaim ${namespace}/${name} in ${cluster}`,
    );
    return true;
  }

  /** The entity the manifest names (it must exist), else the one bound to the namespace, if just one. */
  private async entityOf(
    tsc: KubernetesObject,
    cluster: string,
  ): Promise<string | undefined> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const named = tsc.metadata.annotations?.[PORTER_ENTITY_REF_ANNOTATION];
    if (named) {
      try {
        return stringifyEntityRef(await this.entities.get(named, credentials));
      } catch (error) {
        throw new NotAdopted(
          `Not adopted: its annotation ${PORTER_ENTITY_REF_ANNOTATION} names '${named}': ${
            (error as Error).message
          }.`,
        );
      }
    }
    const bound = await this.entities.boundTo(
      cluster,
      tsc.metadata.namespace!,
      credentials,
    );
    return bound.length === 1 ? stringifyEntityRef(bound[0]) : undefined;
  }

  /**
   * The ports of the TransportServers the old operator made, per cluster of
   * the claim. Every cluster must answer (a pair waits for both): otherwise
   * adoption would allocate a new port that later overwrites the existing
   * TransportServer's.
   */
  private async keptPorts(input: ApplyInput): Promise<Map<string, number>> {
    const keep = new Map<string, number>();
    for (const side of realisingClusters(
      this.config,
      this.config.clusters.get(input.cluster)!,
    )) {
      const view = this.views.get(side.name);
      await view?.whenSynced(this.config.clusterTimeoutMs);
      const unavailable = view
        ? view.unavailable
        : `Cluster '${side.name}' has no connection configured`;
      if (unavailable) {
        throw new NotAdopted(
          `Waiting: ${unavailable}; adoption waits until every cluster of the claim answers, so it keeps the ports there.`,
        );
      }
      const ts: any = view!.get(TRANSPORT_SERVER, input.namespace, input.name);
      const port = ts?.spec?.virtualServerPort;
      const foreign = ts?.metadata?.labels?.[MANAGED_BY_LABEL];
      if (typeof port === 'number' && !foreign) keep.set(side.name, port);
    }
    return keep;
  }

  /**
   * Imports the claim in one transaction under the namespace lock, with the
   * checks every new claim passes (quota, port budget, names) and its kept
   * ports. Undefined when its Service port is already claimed.
   */
  private async adopt(
    input: ApplyInput,
    keepPorts: Map<string, number>,
  ): Promise<number | undefined> {
    const cluster = this.config.clusters.get(input.cluster)!;
    const clusters = realisingClusters(this.config, cluster);
    try {
      return await this.db.transaction(async trx => {
        await this.claims.lockNamespace(trx, input.cluster, input.namespace);
        const other = await this.claims.getByTarget(trx, {
          cluster: input.cluster,
          namespace: input.namespace,
          service: input.spec.service,
          servicePort: input.spec.servicePort,
        });
        if (other) {
          throw new NotAdopted(
            `Not adopted: Service '${input.spec.service}' port ${input.spec.servicePort} is already exposed by claim '${other.name}'.`,
          );
        }
        await checkQuota(trx, {
          claims: this.claims,
          config: this.config,
          claim: input,
        });
        await checkNameClash(trx, {
          claims: this.claims,
          claim: input,
          clusters,
        });
        const now = new Date();
        const claimId = await this.claims.insert(
          trx,
          { ...input, adopted: true },
          now,
        );
        const where = `${input.cluster}/${input.namespace}/${input.name}`;
        await this.history.add(trx, {
          claim: input,
          events: [
            {
              type: 'adopted',
              message: `Adopted ${where}, created in the cluster outside Porter${
                input.entityRef ? `, for ${input.entityRef}` : ''
              }`,
            },
            ...(await this.allocator.allocate(trx, {
              claimId,
              claim: input,
              clusters,
              keepPorts,
            })),
          ],
          at: now,
        });
        return claimId;
      });
    } catch (error) {
      if (error instanceof NotAdopted) throw error;
      // Quota, port budget, kept port held elsewhere, exhausted range, name clash.
      throw new NotAdopted(`Not adopted: ${(error as Error).message}`);
    }
  }
}
