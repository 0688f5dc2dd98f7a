import { InputError } from '@backstage/errors';
import {
  createTemplateAction,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import type {
  NetworkPolicyApplyActionInput,
  NetworkPolicyApplyActionOutput,
} from './actionTypes';
import {
  ClaimId,
  PolicyApplyResult,
  PolicySide,
  PorterApi,
} from '@internal/plugin-porter-common';
import {
  callPorter,
  porterClientFor,
  PorterActionOptions,
} from './initiatorClient';
import { claimIdentityFields, claimRef, parseClaimId } from './inputs';

export const NETWORK_POLICY_APPLY_ACTION_ID = 'porter:networkpolicy:apply';

const examples = [
  {
    description:
      "Let the F5 load balancer reach the claim's pods, after porter:claim:apply",
    example: `steps:
  - id: policy
    name: Allow F5 traffic
    if: \${{ parameters.allowF5 }}
    action: porter:networkpolicy:apply
    input:
      cluster: \${{ parameters.target.cluster }}
      namespace: \${{ parameters.target.namespace }}
      name: clamav-tsc`,
  },
  {
    description: 'Only in GoldDR, for a Gold/GoldDR pair claim',
    example: `steps:
  - id: policy
    action: porter:networkpolicy:apply
    input:
      cluster: gold
      namespace: abc123-prod
      name: patroni-tsc
      clusters: [golddr]`,
  },
];

/** What happened, or would happen, in one cluster. */
type ClusterResult = NetworkPolicyApplyActionOutput['results'][number];

const isAllowed = (side?: PolicySide) =>
  side?.verdict?.kind === 'allowed' || side?.verdict?.kind === 'open';

/** A cluster where nothing was (or would be) written, described by its verdict. */
function fromVerdict(cluster: string, side?: PolicySide): ClusterResult {
  if (side?.error) {
    return { cluster, outcome: 'failed', message: side.error };
  }
  const summary = side?.verdict?.summary ?? 'no verdict';
  return {
    cluster,
    outcome: isAllowed(side) ? 'allowed' : 'unchanged',
    message: summary,
  };
}

/** A dry run: the verdict per cluster and the policy that would be written. */
async function preview(
  porter: PorterApi,
  id: ClaimId,
  clusters?: string[],
): Promise<ClusterResult[]> {
  const { items } = await callPorter(() => porter.getPolicy(id));
  const unknown = (clusters ?? []).filter(
    c => !items.some(side => side.cluster === c),
  );
  if (unknown.length > 0) {
    throw new InputError(
      `clusters ${unknown.join(', ')} do not realise claim '${
        id.name
      }'; it is in ${items.map(side => side.cluster).join(' and ')}`,
    );
  }
  return items
    .filter(side => !clusters || clusters.includes(side.cluster))
    .map(side =>
      side.verdict?.fix
        ? {
            cluster: side.cluster,
            outcome: 'would-apply',
            policy: side.verdict.fix.metadata.name,
            message: side.verdict.summary,
          }
        : fromVerdict(side.cluster, side),
    );
}

/**
 * Applies the fix, then reads the verdicts once to describe clusters where
 * nothing was written. An error in a cluster whose traffic is allowed by
 * now (e.g. someone applied the policy meanwhile) is not a failure.
 */
async function apply(
  porter: PorterApi,
  id: ClaimId,
  clusters?: string[],
): Promise<ClusterResult[]> {
  const { items } = await callPorter(() =>
    porter.applyPolicyFix(id, { clusters }),
  );
  const needsVerdict = items.some(item => !item.applied);
  const verdicts = needsVerdict
    ? (await callPorter(() => porter.getPolicy(id))).items
    : [];
  return items.map((item: PolicyApplyResult): ClusterResult => {
    if (item.applied) {
      return {
        cluster: item.cluster,
        outcome: 'applied',
        policy: item.applied,
        message: `NetworkPolicy ${item.applied} applied in ${item.cluster}`,
      };
    }
    const side = verdicts.find(v => v.cluster === item.cluster);
    if (item.error && !isAllowed(side)) {
      return { cluster: item.cluster, outcome: 'failed', message: item.error };
    }
    return fromVerdict(item.cluster, side && { ...side, error: undefined });
  });
}

/**
 * `porter:networkpolicy:apply`: applies the `allow-from-f5-ingress`
 * NetworkPolicy Porter proposes for a claim wherever its traffic is
 * blocked, as the template's initiator. A dry run only reads the verdicts.
 *
 * @public
 */
export function createNetworkPolicyApplyAction(
  options: PorterActionOptions,
): TemplateAction<
  NetworkPolicyApplyActionInput,
  NetworkPolicyApplyActionOutput,
  'v2'
> {
  return createTemplateAction({
    id: NETWORK_POLICY_APPLY_ACTION_ID,
    description:
      "Applies the NetworkPolicy that lets the F5 load balancer reach a claim's pods, in every cluster of the claim where traffic is blocked (or only those listed). Fails when a cluster could not be fixed. Acts as the user who runs the template.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        ...claimIdentityFields,
        clusters: z =>
          z
            .array(z.string())
            .min(1)
            .optional()
            .describe(
              'Only these clusters of the claim (e.g. [golddr]); default: every cluster where traffic is blocked',
            ),
      },
      output: {
        results: z =>
          z
            .array(
              z.object({
                cluster: z.string(),
                outcome: z
                  .enum([
                    'applied',
                    'would-apply',
                    'allowed',
                    'unchanged',
                    'failed',
                  ])
                  .describe(
                    'applied; would-apply (dry run); allowed (traffic already reaches the pods); unchanged (nothing to fix, see message); failed',
                  ),
                policy: z
                  .string()
                  .optional()
                  .describe('Name of the NetworkPolicy written'),
                message: z.string(),
              }),
            )
            .describe('Per cluster of the claim, what was done'),
      },
    },
    async handler(ctx) {
      const id = parseClaimId(ctx.input);
      const porter = porterClientFor(
        options,
        await ctx.getInitiatorCredentials(),
      );
      const results = ctx.isDryRun
        ? await preview(porter, id, ctx.input.clusters)
        : await apply(porter, id, ctx.input.clusters);

      for (const r of results) {
        ctx.logger.info(
          `${claimRef(id)} in ${r.cluster}: ${r.outcome}: ${r.message}`,
        );
      }
      ctx.output('results', results);

      const failed = results.filter(r => r.outcome === 'failed');
      if (failed.length > 0) {
        throw new Error(
          `The NetworkPolicy for ${claimRef(
            id,
          )} could not be applied in ${failed
            .map(r => `${r.cluster}: ${r.message}`)
            .join('; ')}`,
        );
      }
    },
  });
}
