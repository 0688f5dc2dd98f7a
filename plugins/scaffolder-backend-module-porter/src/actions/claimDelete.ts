import {
  createTemplateAction,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import type {
  ClaimDeleteActionInput,
  ClaimDeleteActionOutput,
} from './actionTypes';
import {
  callPorter,
  porterClientFor,
  PorterActionOptions,
} from './initiatorClient';
import { claimIdentityFields, claimRef, parseClaimId } from './inputs';

export const CLAIM_DELETE_ACTION_ID = 'porter:claim:delete';

const examples = [
  {
    description:
      'Remove a TCP exposure; its ports stay reserved for the Service for the retention window',
    example: `steps:
  - id: remove
    name: Remove the TCP exposure
    action: porter:claim:delete
    input:
      cluster: silver
      namespace: abc123-tools
      name: clamav-tsc`,
  },
];

/**
 * `porter:claim:delete`: deletes a TransportServerClaim through the porter
 * backend, as the template's initiator. A dry run only reads the claim.
 *
 * @public
 */
export function createClaimDeleteAction(
  options: PorterActionOptions,
): TemplateAction<ClaimDeleteActionInput, ClaimDeleteActionOutput, 'v2'> {
  return createTemplateAction({
    id: CLAIM_DELETE_ACTION_ID,
    description:
      'Deletes a TransportServerClaim and its TransportServers; the ports stay reserved for the same Service and port for the retention window. Acts as the user who runs the template.',
    examples,
    supportsDryRun: true,
    schema: {
      input: claimIdentityFields,
      output: {
        claimRef: z =>
          z.string().describe('The claim, as cluster/namespace/name'),
        allocations: z =>
          z
            .array(
              z.object({
                cluster: z.string(),
                address: z.string(),
                port: z.number(),
              }),
            )
            .describe(
              'The VIPs and ports the claim held, now reserved for its Service for the retention window',
            ),
      },
    },
    async handler(ctx) {
      const id = parseClaimId(ctx.input);
      const porter = porterClientFor(
        options,
        await ctx.getInitiatorCredentials(),
      );
      // Read first: the step reports what was released, and a dry run stops here.
      const claim = await callPorter(() => porter.getClaim(id));
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run, nothing written: would delete claim ${claimRef(id)}`,
        );
      } else {
        await callPorter(() => porter.deleteClaim(id));
        ctx.logger.info(`Deleted claim ${claimRef(id)}`);
      }
      ctx.output('claimRef', claimRef(id));
      ctx.output(
        'allocations',
        claim.status.allocations.map(({ cluster, address, port }) => ({
          cluster,
          address,
          port,
        })),
      );
    },
  });
}
