import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { ClaimAdopter } from './ClaimAdopter';
import { ClaimService } from './ClaimService';
import { ConfigChangeFollower } from './ConfigChangeFollower';

/**
 * One reconciler pass: adopt claims made outside Porter, follow
 * configuration changes (ranges, pools, pairs), then bring every cluster in
 * line with every claim (repair drift, collect orphans under the deletion
 * guard, follow Service type changes). Scheduled globally, so one replica
 * runs it at a time. A step that fails is logged and the next one still
 * runs: one bad item never stops a pass.
 */
export class Reconciler {
  constructor(
    private readonly options: {
      claims: ClaimService;
      adopter: ClaimAdopter;
      configChanges: ConfigChangeFollower;
      logger: LoggerService;
      /** Makes the scheduler run the pass soon, on whichever replica it picks. */
      trigger?: () => Promise<void>;
    },
  ) {}

  /**
   * Asks for a pass now (something changed in a cluster). While a pass runs
   * the scheduler refuses; ask again shortly, so the change is not left to
   * the next scheduled pass.
   */
  async requestPass(attempts = 30, delayMs = 2000): Promise<void> {
    for (let attempt = 1; this.options.trigger; attempt++) {
      try {
        await this.options.trigger();
        return;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= attempts)
          throw error;
        await new Promise(r => setTimeout(r, delayMs).unref?.());
      }
    }
  }

  async run(): Promise<void> {
    const { adopter, configChanges, claims, logger } = this.options;
    const adopted = await this.step('adoption', () => adopter.adoptAll());
    await this.step('configuration changes', () => configChanges.run());
    const total = await this.step('sync', () => claims.reconcileAll());
    logger.debug(
      `Reconciled ${total ?? 0} claim(s)${
        adopted ? `, adopted ${adopted}` : ''
      }`,
    );
  }

  private async step<T>(
    name: string,
    run: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      this.options.logger.error(
        `Reconciler ${name} failed; the pass goes on`,
        error as Error,
      );
      return undefined;
    }
  }
}
