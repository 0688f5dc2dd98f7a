import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import type { PorterConfig } from '../config/readPorterConfig';
import type { ClaimRecord } from '../database/ClaimStore';
import type { NewFinding } from '../database/FindingStore';
import type { PorterStores } from '../database/PorterDatabase';
import { ClaimAllocator } from './ClaimAllocator';
import { ClaimSyncer } from './ClaimSyncer';
import { realisingClusters } from './clusters';

/**
 * Brings existing claims in line with a configuration changed at restart,
 * on every reconciler pass, before the clusters are synced:
 * - a port outside its cluster's (shrunk) range stays with its claim, so
 *   nobody's connections break, but is reported; it is never handed out again;
 * - an address no longer in its pool moves to the pool's address for the
 *   claim (same port), with history and an audit event; a pool that is gone
 *   is reported;
 * - a cluster that became a pair's primary gives its claims their secondary
 *   allocation (history, audit); one that could not be made is reported,
 *   as are allocations in clusters that no longer realise the claim.
 * One claim that fails is reported; the others go on.
 */
export class ConfigChangeFollower {
  private readonly db: Knex;
  private readonly claims: PorterStores['claims'];
  private readonly history: PorterStores['history'];
  private readonly allocations: PorterStores['allocations'];
  private readonly findings: PorterStores['findings'];
  private readonly allocator: ClaimAllocator;
  private readonly syncer: ClaimSyncer;
  private readonly config: PorterConfig;
  private readonly logger: LoggerService;

  constructor(options: {
    db: Knex;
    stores: Pick<
      PorterStores,
      'claims' | 'history' | 'allocations' | 'findings'
    >;
    allocator: ClaimAllocator;
    syncer: ClaimSyncer;
    config: PorterConfig;
    logger: LoggerService;
  }) {
    this.db = options.db;
    this.claims = options.stores.claims;
    this.history = options.stores.history;
    this.allocations = options.stores.allocations;
    this.findings = options.stores.findings;
    this.allocator = options.allocator;
    this.syncer = options.syncer;
    this.config = options.config;
    this.logger = options.logger;
  }

  async run(): Promise<void> {
    const found: Record<'port-range' | 'address' | 'pair', NewFinding[]> = {
      'port-range': [],
      address: [],
      pair: [],
    };
    const records = await this.claims.list(this.db, {});
    const byClaim = await this.allocations.forClaims(
      this.db,
      records.map(r => r.id),
    );
    for (const record of records) {
      const subject = {
        cluster: record.cluster,
        namespace: record.namespace,
        name: record.name,
      };
      const cluster = this.config.clusters.get(record.cluster);
      if (!cluster) continue;
      const realising = realisingClusters(this.config, cluster);
      const allocations = byClaim.get(record.id) ?? [];
      for (const allocation of allocations) {
        const side = this.config.clusters.get(allocation.cluster);
        const where = `${allocation.address}:${allocation.port} in ${allocation.cluster}`;
        if (!side || !realising.some(r => r.name === allocation.cluster)) {
          found.pair.push({
            ...subject,
            message: `Holds ${where}, a cluster that no longer realises this claim (porter.clusters changed); delete and re-create the claim to release it.`,
          });
          continue;
        }
        const { from, to } = side.ports;
        if (allocation.port < from || allocation.port > to) {
          found['port-range'].push({
            ...subject,
            message: `Keeps port ${allocation.port} in ${allocation.cluster}, outside its range ${from}-${to} (porter.clusters.${allocation.cluster}.ports changed). It keeps working and is never handed out again once released.`,
          });
        }
        const pool = side.addresses[allocation.serviceType];
        if (!pool) {
          found.address.push({
            ...subject,
            message: `Keeps ${where}, but ${allocation.cluster} has no ${allocation.serviceType} pool any more (porter.clusters.${allocation.cluster}.addresses); move its Service to a type that has one.`,
          });
        } else if (!pool.includes(allocation.address)) {
          try {
            await this.syncer.readdress(
              record,
              allocation,
              allocation.serviceType,
            );
          } catch (error) {
            found.address.push({
              ...subject,
              message: `Could not move ${where} into the ${
                allocation.serviceType
              } pool: ${(error as Error).message}`,
            });
          }
        }
      }
      const missing = realising.filter(
        r => !allocations.some(a => a.cluster === r.name),
      );
      if (missing.length > 0) {
        try {
          await this.allocateMissing(record, missing);
        } catch (error) {
          found.pair.push({
            ...subject,
            message: `Could not allocate its side in ${missing
              .map(m => m.name)
              .join(', ')}: ${(error as Error).message}`,
          });
        }
      }
    }
    const now = new Date();
    for (const kind of ['port-range', 'address', 'pair'] as const) {
      await this.findings.replace(this.db, kind, found[kind], now);
      for (const f of found[kind]) {
        this.logger.warn(`${f.cluster}/${f.namespace}/${f.name}: ${f.message}`);
      }
    }
  }

  /** A cluster became the claim's pair: its side gets a port there, under the namespace lock. */
  private async allocateMissing(
    record: ClaimRecord,
    missing: ReturnType<typeof realisingClusters>,
  ) {
    const events = await this.db.transaction(async trx => {
      await this.claims.lockNamespace(trx, record.cluster, record.namespace);
      const made = await this.allocator.allocate(trx, {
        claimId: record.id,
        claim: record,
        clusters: missing,
      });
      await this.history.add(trx, {
        claim: record,
        events: made.map(e => ({
          ...e,
          message: `${e.message} (the cluster now realises this claim)`,
        })),
        at: new Date(),
      });
      return made;
    });
    await this.syncer.audit('reconcile-allocate', {
      claim: `${record.cluster}/${record.namespace}/${record.name}`,
      allocated: events.map(e => e.message),
    });
  }
}
