import { isPlainObject } from '../json';
import { ResourceType } from '../resources';
import { badRequest } from '../status';

/**
 * Decoding a write's body the way the real API server's decoder does, with
 * its 400 answers: JSON object, of the endpoint's apiVersion and kind.
 */
export function parseObjectBody(
  type: ResourceType,
  body?: string,
): Record<string, any> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch (error) {
    throw badRequest(
      `couldn't get version/kind; json parse error: ${
        (error as Error).message
      }`,
    );
  }
  if (!isPlainObject(parsed)) {
    throw badRequest(
      "couldn't get version/kind; json parse error: the body is not a JSON object",
    );
  }
  if (
    parsed.apiVersion !== undefined &&
    parsed.apiVersion !== type.apiVersion
  ) {
    throw badRequest(
      `the API version in the data (${parsed.apiVersion}) does not match the expected API version (${type.apiVersion})`,
    );
  }
  if (parsed.kind !== undefined && parsed.kind !== type.kind) {
    throw badRequest(
      `the kind in the data (${parsed.kind}) does not match the expected kind (${type.kind})`,
    );
  }
  return parsed;
}

/** A body naming another namespace than the URL is refused (400). */
export function checkBodyNamespace(
  type: ResourceType,
  namespace: string | undefined,
  obj: Record<string, any>,
): void {
  const given = obj.metadata?.namespace;
  if (type.namespaced && given && given !== namespace) {
    throw badRequest(
      'the namespace of the provided object does not match the namespace sent on the request',
    );
  }
}
