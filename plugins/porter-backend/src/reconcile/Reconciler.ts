import { LoggerService } from '@backstage/backend-plugin-api';
import { ClaimAdopter } from '../service/ClaimAdopter';
import { ClaimService } from '../service/ClaimService';

/**
 * One reconciler pass: adopt claims made outside Porter, then bring every
 * cluster in line with every claim (repair drift, collect orphans, follow
 * Service type changes). Scheduled globally, so one replica runs it at a time.
 */
export class Reconciler {
  constructor(
    private readonly claims: ClaimService,
    private readonly adopter: ClaimAdopter,
    private readonly logger: LoggerService,
  ) {}

  async run(): Promise<void> {
    const adopted = await this.adopter.adoptAll();
    const total = await this.claims.reconcileAll();
    this.logger.debug(
      `Reconciled ${total} claim(s)${adopted ? `, adopted ${adopted}` : ''}`,
    );
  }
}
