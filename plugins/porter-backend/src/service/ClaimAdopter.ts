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
import { ClaimService } from './ClaimService';
import { realisingClusters } from './clusters';

/**
 * Finds TransportServerClaims that people created with `oc apply` and
 * imports them as Porter claims, keeping the ports of the TransportServers
 * the old operator made for them.
 */
export class ClaimAdopter {
  constructor(
    private readonly config: PorterConfig,
    private readonly clients: Map<string, ClusterClient>,
    private readonly claims: ClaimService,
    private readonly entities: EntityResolver,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
  ) {}

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
    const claim = await this.claims.adopt(
      { cluster, namespace, name, spec: parsed.data, entityRef },
      keepPorts,
    );
    if (claim) {
      this.logger.info(
        `Adopted TransportServerClaim ${namespace}/${name} in ${cluster}`,
      );
    }
    return Boolean(claim);
  }
}
