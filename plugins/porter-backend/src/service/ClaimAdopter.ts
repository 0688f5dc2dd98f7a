import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  claimSpecSchema,
  describeZodError,
  MANAGED_BY_LABEL,
} from '@internal/plugin-porter-common';
import {
  ClusterClient,
  ClusterUnavailableError,
} from '../clusters/ClusterClient';
import { TRANSPORT_SERVER, TRANSPORT_SERVER_CLAIM } from '../clusters/kinds';
import type { PorterConfig } from '../config/readPorterConfig';
import { EntityResolver } from '../permissions/EntityResolver';
import { Knex } from 'knex';
import { AllocationStore } from '../database/AllocationStore';
import { ClaimStore } from '../database/ClaimStore';
import { ClaimAllocator } from './ClaimAllocator';
import type { ApplyInput } from './ClaimService';
import { ClaimSyncer } from './ClaimSyncer';
import { realisingClusters } from './clusters';

/**
 * Finds TransportServerClaims that people created with `oc apply` and
 * imports them as Porter claims, keeping the ports of the TransportServers
 * the old operator made for them.
 */
export class ClaimAdopter {
  private readonly claims = new ClaimStore();
  private readonly allocator: ClaimAllocator;

  constructor(
    private readonly db: Knex,
    private readonly config: PorterConfig,
    private readonly clients: Map<string, ClusterClient>,
    private readonly syncer: ClaimSyncer,
    private readonly entities: EntityResolver,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
  ) {
    this.allocator = new ClaimAllocator(
      new AllocationStore(db),
      config.retentionDays,
      config.portsPerNamespace,
    );
  }

  async adoptAll(): Promise<number> {
    let adopted = 0;
    for (const cluster of this.config.clusters.values()) {
      if (cluster.role === 'secondary') continue;
      const client = this.clients.get(cluster.name);
      if (!client) continue;
      let candidates;
      try {
        candidates = (await client.list(TRANSPORT_SERVER_CLAIM)).filter(
          tsc => !tsc.metadata.labels?.[MANAGED_BY_LABEL],
        );
      } catch (error) {
        if (error instanceof ClusterUnavailableError) continue;
        throw error;
      }
      for (const tsc of candidates) {
        if (await this.adoptOne(cluster.name, tsc as any)) adopted++;
      }
    }
    return adopted;
  }

  private async adoptOne(
    cluster: string,
    tsc: { metadata: { name: string; namespace: string }; spec: unknown },
  ) {
    const { name, namespace } = tsc.metadata;
    const parsed = claimSpecSchema.safeParse(tsc.spec);
    if (!parsed.success) {
      this.logger.warn(
        `Not adopting TransportServerClaim ${namespace}/${name} in ${cluster}: ${describeZodError(
          parsed.error,
          'spec',
        )}`,
      );
      return false;
    }
    const keepPorts = new Map<string, number>();
    for (const side of realisingClusters(
      this.config,
      this.config.clusters.get(cluster)!,
    )) {
      try {
        const ts = (await this.clients
          .get(side.name)
          ?.get(TRANSPORT_SERVER, namespace, name)) as any;
        const port = ts?.spec?.virtualServerPort;
        if (typeof port === 'number') keepPorts.set(side.name, port);
      } catch (error) {
        if (!(error instanceof ClusterUnavailableError)) throw error;
      }
    }
    const credentials = await this.auth.getOwnServiceCredentials();
    const bound = await this.entities.boundTo(cluster, namespace, credentials);
    const entityRef =
      bound.length === 1 ? stringifyEntityRef(bound[0]) : undefined;
    const adopted = await this.adopt(
      { cluster, namespace, name, spec: parsed.data, entityRef },
      keepPorts,
    );
    if (adopted) {
      this.logger.info(
        `Adopted TransportServerClaim ${namespace}/${name} in ${cluster}`,
      );
    }
    return adopted;
  }

  /**
   * Imports the claim, keeping the ports its TransportServers already have
   * where they are free. Acts as Porter itself: the claim was already made in
   * the cluster. Does nothing when the claim or its target is already known.
   */
  private async adopt(
    input: ApplyInput,
    keepPorts: Map<string, number>,
  ): Promise<boolean> {
    const cluster = this.config.clusters.get(input.cluster)!;
    const id = await this.db.transaction(async trx => {
      const target = {
        cluster: input.cluster,
        namespace: input.namespace,
        service: input.spec.service,
        servicePort: input.spec.servicePort,
      };
      if (
        (await this.claims.get(trx, input)) ||
        (await this.claims.getByTarget(trx, target))
      ) {
        return undefined;
      }
      const now = new Date();
      const claimId = await this.claims.insert(trx, input, now, {
        adopted: true,
      });
      const where = `${input.cluster}/${input.namespace}/${input.name}`;
      await this.claims.addEvents(
        trx,
        input,
        [
          {
            type: 'adopted',
            message: `Adopted ${where}, created in the cluster outside Porter${
              input.entityRef ? `, for ${input.entityRef}` : ''
            }`,
          },
          ...(await this.allocator.allocate(
            trx,
            claimId,
            input,
            realisingClusters(this.config, cluster),
            keepPorts,
          )),
        ],
        undefined,
        now,
      );
      return claimId;
    });
    if (id === undefined) return false;
    await this.syncer.sync(
      [(await this.claims.getById(this.db, id))!],
      'claims',
    );
    return true;
  }
}
