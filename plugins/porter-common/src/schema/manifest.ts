import { z } from 'zod';
import { PORTER_API_VERSION, TRANSPORT_SERVER_CLAIM_KIND } from '../constants';
import { claimSpecSchema } from './claimSpec';
import { dns1123Label } from './names';

/**
 * A TransportServerClaim as people write it for `oc apply`. Unknown metadata
 * (labels, uid, resourceVersion...) is tolerated so exported objects post as
 * they are; unknown spec fields are not, because a typo there would be lost.
 *
 * @public
 */
export const transportServerClaimManifestSchema = z.object({
  apiVersion: z.literal(PORTER_API_VERSION, {
    error: `apiVersion must be '${PORTER_API_VERSION}'`,
  }),
  kind: z.literal(TRANSPORT_SERVER_CLAIM_KIND, {
    error: `kind must be '${TRANSPORT_SERVER_CLAIM_KIND}'`,
  }),
  metadata: z
    .object(
      {
        name: dns1123Label('metadata.name'),
        namespace: dns1123Label('metadata.namespace').optional(),
        annotations: z
          .record(z.string(), z.string(), {
            error: 'metadata.annotations must map names to string values',
          })
          .optional(),
      },
      {
        error: issue =>
          issue.input === undefined
            ? 'metadata is required'
            : 'metadata must be an object (name, namespace, annotations)',
      },
    )
    .passthrough(),
  spec: claimSpecSchema,
});

export type TransportServerClaimManifest = z.output<
  typeof transportServerClaimManifestSchema
>;

/**
 * Body of `PUT /clusters/{cluster}/namespaces/{namespace}/claims/{name}`.
 *
 * @public
 */
export const applyClaimBodySchema = z
  .object({
    spec: claimSpecSchema,
    entityRef: z.string().min(1).optional(),
  })
  .strict();

export type ApplyClaimBody = z.output<typeof applyClaimBodySchema>;

/**
 * Path parameters shared by the claim routes.
 *
 * @public
 */
export const claimIdentitySchema = z.object({
  cluster: dns1123Label('cluster'),
  namespace: dns1123Label('namespace'),
  name: dns1123Label('name'),
});
