import { InputError } from '@backstage/errors';
import {
  describeZodError,
  PORTER_ENTITY_REF_ANNOTATION,
  transportServerClaimManifestSchema,
} from '@internal/plugin-porter-common';
import { parseAllDocuments } from 'yaml';
import type { ApplyInput } from '../service/ClaimService';

/**
 * Turns a posted TransportServerClaim (YAML text or parsed JSON) into an
 * apply request, the way `oc apply -n NAMESPACE -f file.yaml` reads it.
 */
export function parseManifest(
  cluster: string,
  body: unknown,
  query: { namespace?: string; entityRef?: string },
): ApplyInput {
  const document = typeof body === 'string' ? parseYaml(body) : body;
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    throw new InputError(
      'Expected one TransportServerClaim manifest as YAML (Content-Type: application/yaml) or JSON',
    );
  }
  const parsed = transportServerClaimManifestSchema.safeParse(document);
  if (!parsed.success) {
    throw new InputError(
      `Invalid TransportServerClaim: ${describeZodError(parsed.error)}`,
    );
  }
  const { metadata, spec } = parsed.data;
  if (
    metadata.namespace &&
    query.namespace &&
    metadata.namespace !== query.namespace
  ) {
    throw new InputError(
      `metadata.namespace '${metadata.namespace}' does not match the namespace parameter '${query.namespace}'`,
    );
  }
  const namespace = metadata.namespace ?? query.namespace;
  if (!namespace) {
    throw new InputError(
      'metadata.namespace is required (or pass ?namespace=)',
    );
  }
  return {
    cluster,
    namespace,
    name: metadata.name,
    spec,
    entityRef:
      query.entityRef ?? metadata.annotations?.[PORTER_ENTITY_REF_ANNOTATION],
  };
}

function parseYaml(text: string): unknown {
  const documents = parseAllDocuments(text).filter(d => d.contents !== null);
  if (documents.length !== 1) {
    throw new InputError(
      `Expected exactly one YAML document, found ${documents.length}; post one TransportServerClaim at a time`,
    );
  }
  const [document] = documents;
  if (document.errors.length > 0) {
    throw new InputError(
      `The YAML does not parse: ${document.errors[0].message}`,
    );
  }
  return document.toJS();
}
