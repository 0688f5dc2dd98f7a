import { InputError } from '@backstage/errors';
import {
  describeZodError,
  PORTER_ENTITY_REF_ANNOTATION,
  transportServerClaimManifestSchema,
} from '@internal/plugin-porter-common';
import { Document, isScalar, parseAllDocuments, visit } from 'yaml';
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
  if (Array.isArray(document)) {
    throw new InputError(
      `Expected one TransportServerClaim manifest, got a list of ${document.length}; post one at a time`,
    );
  }
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

/** Aliases a TransportServerClaim could reasonably use; more is an alias bomb ("billion laughs"). */
const MAX_ALIASES = 50;

function parseYaml(text: string): unknown {
  let documents: Document.Parsed[];
  try {
    // For text without documents this is an (empty) EmptyStream, also an array.
    documents = [...parseAllDocuments(text)];
  } catch (error) {
    throw new InputError(
      `The YAML does not parse: ${(error as Error).message}`,
    );
  }
  const broken = documents.find(d => d.errors.length > 0);
  if (broken) {
    throw new InputError(
      `The YAML does not parse: ${broken.errors[0].message}`,
    );
  }
  const found = documents.filter(d => d.contents !== null);
  if (found.length !== 1) {
    throw new InputError(
      `Expected exactly one YAML document, found ${found.length}; post one TransportServerClaim at a time`,
    );
  }
  const [warning] = found[0].warnings;
  if (warning) {
    // e.g. an unknown tag.
    throw new InputError(`The YAML cannot be read: ${warning.message}`);
  }
  let complexKey = false;
  visit(found[0], {
    Pair(_, pair) {
      if (!isScalar(pair.key)) complexKey = true;
    },
  });
  if (complexKey) {
    throw new InputError(
      'The YAML cannot be read: it has a key that is a list or a map, and Kubernetes objects have text keys only',
    );
  }
  try {
    return found[0].toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // The yaml library refuses alias bombs (ReferenceError) and unresolvable aliases.
    throw new InputError(
      `The YAML cannot be read: ${(error as Error).message}`,
    );
  }
}
