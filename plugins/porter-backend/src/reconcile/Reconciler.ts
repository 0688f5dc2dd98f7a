import { LoggerService } from '@backstage/backend-plugin-api';
import { ClaimAdopter } from '../service/ClaimAdopter';
import { ClaimService } from '../service/ClaimService';
import { ConfigChangeFollower } from '../service/ConfigChangeFollower';

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
    private readonly claims: ClaimService,
    private readonly adopter: ClaimAdopter,
    private readonly configChanges: ConfigChangeFollower,
    private readonly logger: LoggerService,
  ) {}

  async run(): Promise<void> {
    const adopted = await this.step('adoption', () => this.adopter.adoptAll());
    await this.step('configuration changes', () => this.configChanges.run());
    const total = await this.step('sync', () => this.claims.reconcileAll());
    this.logger.debug(
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
      this.logger.error(
        `Reconciler ${name} failed; the pass goes on`,
        error as Error,
      );
      return undefined;
    }
  }
}
