import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import type { AllocationStore } from './AllocationStore';
import type { ClaimHistoryStore } from './ClaimHistoryStore';
import type { ClaimStore } from './ClaimStore';
import { DatabaseAllocationStore } from './DatabaseAllocationStore';
import { DatabaseClaimHistoryStore } from './DatabaseClaimHistoryStore';
import { DatabaseClaimStore } from './DatabaseClaimStore';
import { DatabaseDeletionGuardStore } from './DatabaseDeletionGuardStore';
import { DatabaseFindingStore } from './DatabaseFindingStore';
import { DatabaseObservationStore } from './DatabaseObservationStore';
import { DatabasePortUsageStore } from './DatabasePortUsageStore';
import { DatabaseSideStore } from './DatabaseSideStore';
import type { DeletionGuardStore } from './DeletionGuardStore';
import type { FindingStore } from './FindingStore';
import { applyMigrations } from './migrations';
import type { ObservationStore } from './ObservationStore';
import type { PortUsageStore } from './PortUsageStore';
import type { SideStore } from './SideStore';

/** Every store, by its role. A service's options name the ones it uses (`Pick<PorterStores, ...>`). */
export interface PorterStores {
  claims: ClaimStore;
  history: ClaimHistoryStore;
  allocations: AllocationStore;
  portUsage: PortUsageStore;
  sides: SideStore;
  observations: ObservationStore;
  findings: FindingStore;
  deletionGuards: DeletionGuardStore;
}

/**
 * Porter's database: its connection, brought to the latest schema, and the
 * stores over it. The one place stores are made; the plugin hands them to
 * the services. Stores hold no connection (see `Db`): services open their
 * transactions on `db` and pass it, or the transaction, to each store call.
 */
export class PorterDatabase implements PorterStores {
  readonly claims: ClaimStore = new DatabaseClaimStore();
  readonly history: ClaimHistoryStore = new DatabaseClaimHistoryStore();
  readonly allocations: AllocationStore = new DatabaseAllocationStore();
  readonly portUsage: PortUsageStore = new DatabasePortUsageStore();
  readonly sides: SideStore = new DatabaseSideStore();
  readonly observations: ObservationStore = new DatabaseObservationStore();
  readonly findings: FindingStore = new DatabaseFindingStore();
  readonly deletionGuards: DeletionGuardStore =
    new DatabaseDeletionGuardStore();

  /** Connects and migrates (unless the backend's database config says to skip migrations). */
  static async create(options: {
    database: DatabaseService;
  }): Promise<PorterDatabase> {
    const db = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await applyMigrations(db);
    }
    return new PorterDatabase(db);
  }

  private constructor(
    /** The plugin's connection: what services open transactions on. */
    readonly db: Knex,
  ) {}
}
