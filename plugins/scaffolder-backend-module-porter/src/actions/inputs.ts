import { InputError } from '@backstage/errors';
import {
  claimIdentitySchema,
  ClaimId,
  describeZodError,
  MAX_LABEL_LENGTH,
} from '@internal/plugin-porter-common';
import type { z as zv3 } from 'zod/v3';
import type { z as zv4 } from 'zod';

/*
 * The scaffolder turns an action's schema into JSON Schema with a zod 3
 * converter, so these field schemas are built with the `z` it passes in and
 * describe the form of each input (type, bounds from porter-common). The
 * rules themselves (DNS labels, monitor limits, timeout >= interval) are
 * checked in the handler with porter-common's zod schemas, the same ones the
 * backend enforces, so the step fails with the backend's wording before any
 * request is made.
 */

type Z = typeof zv3;

export const claimIdentityFields = {
  cluster: (z: Z) =>
    z
      .string()
      .max(MAX_LABEL_LENGTH)
      .describe(
        "Porter's name for the cluster: a standalone cluster (silver) or a pair's primary (gold, which also realises golddr)",
      ),
  namespace: (z: Z) =>
    z
      .string()
      .max(MAX_LABEL_LENGTH)
      .describe(
        'Namespace of the claim and its target Service; it must be bound to the entity',
      ),
  name: (z: Z) =>
    z
      .string()
      .max(MAX_LABEL_LENGTH)
      .describe('Name of the TransportServerClaim (a DNS-1123 label)'),
};

/** Parses `value` with a porter-common schema, or fails the step naming each field and rule. */
export function parseWith<T extends zv4.ZodType>(
  schema: T,
  value: unknown,
): zv4.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(`Invalid input: ${describeZodError(result.error)}`);
  }
  return result.data;
}

/** The claim an action works on, checked against the backend's path rules. */
export function parseClaimId(input: {
  cluster: string;
  namespace: string;
  name: string;
}): ClaimId {
  return parseWith(claimIdentitySchema, {
    cluster: input.cluster,
    namespace: input.namespace,
    name: input.name,
  });
}

/** `cluster/namespace/name`, as the claim permissions name a claim. */
export function claimRef(id: ClaimId): string {
  return `${id.cluster}/${id.namespace}/${id.name}`;
}
