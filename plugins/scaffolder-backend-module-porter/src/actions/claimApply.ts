import { parseEntityRef } from '@backstage/catalog-model';
import {
  createTemplateAction,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import type {
  ClaimApplyActionInput,
  ClaimApplyActionOutput,
} from './actionTypes';
import {
  Claim,
  claimSpecSchema,
  DEFAULT_MONITOR,
  MONITOR_INTERVAL_MAX,
  MONITOR_TIMEOUT_MAX,
  porterEntityTabPath,
} from '@internal/plugin-porter-common';
import {
  callPorter,
  porterClientFor,
  PorterActionOptions,
} from './initiatorClient';
import {
  claimIdentityFields,
  claimRef,
  parseClaimId,
  parseWith,
} from './inputs';

export const CLAIM_APPLY_ACTION_ID = 'porter:claim:apply';

const examples = [
  {
    description:
      'Expose the Service picked in the form (PorterTargetPicker) for the chosen component',
    example: `steps:
  - id: claim
    name: Expose the Service over TCP
    action: porter:claim:apply
    input:
      cluster: \${{ parameters.target.cluster }}
      namespace: \${{ parameters.target.namespace }}
      name: \${{ parameters.target.service }}-tsc
      service: \${{ parameters.target.service }}
      servicePort: \${{ parameters.target.servicePort }}
      entityRef: \${{ parameters.entityRef }}
output:
  links:
    - title: TCP exposures
      url: \${{ steps.claim.output.entityUrl }}`,
  },
  {
    description:
      'A Gold/GoldDR pair claim with a slower monitor; clients in each cluster keep using the Service port',
    example: `steps:
  - id: claim
    action: porter:claim:apply
    input:
      cluster: gold
      namespace: abc123-prod
      name: patroni-tsc
      service: patroni
      servicePort: 5432
      monitor:
        interval: 10
        timeout: 31
      overrideServicePort: true
      entityRef: component:default/patroni-replica`,
  },
];

/** Per cluster, where the load balancer listens, as a person reads it. */
function addressLines(claim: Claim): string[] {
  return claim.status.allocations.map(
    a =>
      `${a.cluster}: ${a.address}:${a.port} → Service ${claim.spec.service} port ${claim.spec.servicePort} in ${claim.namespace}`,
  );
}

/**
 * `porter:claim:apply`: creates or updates a TransportServerClaim through
 * the porter backend, as the template's initiator.
 *
 * @public
 */
export function createClaimApplyAction(
  options: PorterActionOptions,
): TemplateAction<ClaimApplyActionInput, ClaimApplyActionOutput, 'v2'> {
  return createTemplateAction({
    id: CLAIM_APPLY_ACTION_ID,
    description:
      'Creates or updates a TransportServerClaim: Porter allocates a VIP and port on the F5 load balancer (one per cluster of a Gold/GoldDR pair) and forwards raw TCP to the Service. Acts as the user who runs the template.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        ...claimIdentityFields,
        service: z =>
          z
            .string()
            .describe('Target Service in the namespace (a DNS-1035 label)'),
        servicePort: z =>
          z
            .number()
            .int()
            .min(1)
            .max(65535)
            .describe("The Service's TCP port to expose"),
        monitor: z =>
          z
            .object({
              interval: z
                .number()
                .int()
                .min(1)
                .max(MONITOR_INTERVAL_MAX)
                .describe('Seconds between health checks'),
              timeout: z
                .number()
                .int()
                .min(1)
                .max(MONITOR_TIMEOUT_MAX)
                .describe(
                  'Seconds without an answer before a pod is marked down; at least the interval',
                ),
            })
            .optional()
            .describe(
              `TCP health monitor; default interval ${DEFAULT_MONITOR.interval} s, timeout ${DEFAULT_MONITOR.timeout} s`,
            ),
        overrideServicePort: z =>
          z
            .boolean()
            .optional()
            .describe(
              "Gold/GoldDR pairs: the cross-connect Service listens on the claim's servicePort instead of the other side's VIP port",
            ),
        entityRef: z =>
          z
            .string()
            .optional()
            .describe(
              'Catalog entity the claim is for; defaults to the one bound to the namespace',
            ),
      },
      output: {
        claimRef: z =>
          z.string().describe('The claim, as cluster/namespace/name'),
        created: z =>
          z
            .boolean()
            .describe('Whether the claim is new (false: it was updated)'),
        allocations: z =>
          z
            .array(
              z.object({
                cluster: z.string(),
                address: z.string(),
                port: z.number(),
              }),
            )
            .describe('Per cluster, the VIP and port clients connect to'),
        addresses: z =>
          z
            .array(z.string())
            .describe('One line per cluster: "silver: VIP:port → Service"'),
        entityUrl: z =>
          z
            .string()
            .optional()
            .describe("Path of the entity's TCP exposures tab"),
      },
    },
    async handler(ctx) {
      const id = parseClaimId(ctx.input);
      const spec = parseWith(claimSpecSchema, {
        service: ctx.input.service,
        servicePort: ctx.input.servicePort,
        ...(ctx.input.monitor
          ? { monitor: { type: 'tcp', ...ctx.input.monitor } }
          : {}),
        overrideServicePort: ctx.input.overrideServicePort ?? false,
      });
      const body = { spec, entityRef: ctx.input.entityRef || undefined };
      const porter = porterClientFor(
        options,
        await ctx.getInitiatorCredentials(),
      );

      const { claim, created } = await callPorter(() =>
        ctx.isDryRun
          ? porter.previewClaim(id, body)
          : porter.applyClaim(id, body),
      );
      const lines = addressLines(claim);
      ctx.logger.info(
        `${ctx.isDryRun ? 'Dry run, nothing written: would ' : ''}${
          created ? 'create' : 'update'
        } claim ${claimRef(id)}; ${lines.join('; ')}`,
      );

      ctx.output('claimRef', claimRef(id));
      ctx.output('created', created);
      ctx.output(
        'allocations',
        claim.status.allocations.map(({ cluster, address, port }) => ({
          cluster,
          address,
          port,
        })),
      );
      ctx.output('addresses', lines);
      if (claim.entityRef) {
        ctx.output(
          'entityUrl',
          porterEntityTabPath(parseEntityRef(claim.entityRef)),
        );
      }
    },
  });
}
