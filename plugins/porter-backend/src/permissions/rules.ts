import { normalizeEntityRef } from '@internal/plugin-porter-common';
import {
  createConditionExports,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { porterClaimResourceRef } from './resource';

/** Allows when the claim's entity is owned by one of the given refs (a user's ownership refs). */
export const isEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description:
    "Allow when the claim's catalog entity is owned by one of the given users or groups",
  resourceRef: porterClaimResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        "User and group entity refs, e.g. the user's ownershipEntityRefs",
      ),
  }),
  apply: (resource, { claims }) => {
    const wanted = new Set(claims.map(normalizeEntityRef));
    return resource.entityOwners.some(owner =>
      wanted.has(normalizeEntityRef(owner)),
    );
  },
  toQuery: ({ claims }) => ({ property: 'entityOwners', values: claims }),
});

/** Allows when the claim is in one of the given namespaces. */
export const isInNamespace = createPermissionRule({
  name: 'IS_IN_NAMESPACE',
  description:
    'Allow when the claim is in one of the given Kubernetes namespaces',
  resourceRef: porterClaimResourceRef,
  paramsSchema: z.object({
    namespaces: z.array(z.string()).describe('Kubernetes namespaces'),
  }),
  apply: (resource, { namespaces }) => namespaces.includes(resource.namespace),
  toQuery: ({ namespaces }) => ({ property: 'namespace', values: namespaces }),
});

/**
 * The permission rules on porter-claim resources, for `createConditionExports` and policies.
 *
 * @public
 */
export const porterClaimRules = { isEntityOwner, isInNamespace };

const { conditions, createConditionalDecision } = createConditionExports({
  resourceRef: porterClaimResourceRef,
  rules: porterClaimRules,
});

/**
 * Conditions for permission policies, e.g. `porterClaimConditions.isEntityOwner({ claims })`.
 *
 * @public
 */
export const porterClaimConditions = conditions;

/**
 * Wraps conditions into a conditional decision for a porter-claim permission.
 *
 * @public
 */
export const createPorterClaimConditionalDecision = createConditionalDecision;
