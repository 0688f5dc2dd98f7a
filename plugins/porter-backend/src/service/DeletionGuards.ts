import { ConflictError, NotFoundError } from '@backstage/errors';
import type { DeletionGuardStatus } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { PorterConfig } from '../config/readPorterConfig';
import type { DeletionGuardStore } from '../database/DeletionGuardStore';

/**
 * The deletion guard as people see it: where the reconciler holds deletions
 * back, and an administrator's confirmation that they are wanted.
 */
export class DeletionGuards {
  private readonly db: Knex;
  private readonly store: DeletionGuardStore;
  private readonly config: PorterConfig;

  constructor(options: {
    db: Knex;
    store: DeletionGuardStore;
    config: PorterConfig;
  }) {
    this.db = options.db;
    this.store = options.store;
    this.config = options.config;
  }

  list(): Promise<DeletionGuardStatus[]> {
    return this.store.all(this.db);
  }

  /**
   * Lets the next pass delete what the guard holds in `cluster`. The caller
   * states how many objects they reviewed, so a confirmation never covers a
   * larger deletion than the one they saw.
   */
  async confirm(
    cluster: string,
    objects: number,
    by: string | undefined,
  ): Promise<DeletionGuardStatus> {
    if (!this.config.clusters.has(cluster)) {
      throw new NotFoundError(
        `Unknown cluster '${cluster}'. Porter manages: ${[
          ...this.config.clusters.keys(),
        ].join(', ')}.`,
      );
    }
    const held = await this.store.get(this.db, cluster);
    if (!held) {
      throw new ConflictError(
        `Nothing is held back in cluster '${cluster}': the deletion guard has not stopped a pass there.`,
      );
    }
    if (held.wouldDelete !== objects) {
      throw new ConflictError(
        `The deletion guard in cluster '${cluster}' now holds ${held.wouldDelete} deletions, not ${objects}; ` +
          'review them again (GET /admin/overview) and confirm that number.',
      );
    }
    await this.store.confirm(this.db, cluster, {
      by,
      objects,
      at: new Date(),
    });
    return (await this.store.get(this.db, cluster))!;
  }
}
