import * as k8s from '@kubernetes/client-node';

/**
 * client-node's KubernetesObjectApi hands out and takes its generated model
 * classes, not the JSON the API server speaks: some fields are renamed (a
 * NetworkPolicy rule's `from` is `_from`) and timestamps are Dates. Porter
 * works on plain Kubernetes JSON (its planner, diff and policy verdict
 * compare field by field), so every object crossing ClusterClient is turned
 * into JSON on the way in and into the model's shape on the way out. Kinds
 * without a generated model (custom resources) pass through unchanged.
 */

type AttributeMap = Array<{ name: string; baseName: string; type: string }>;

function attributeMap(type: string): AttributeMap | undefined {
  const model = (k8s as Record<string, any>)[type];
  return typeof model?.getAttributeTypeMap === 'function'
    ? model.getAttributeTypeMap()
    : undefined;
}

/** A model object (as client-node returns it) as the API server's JSON. */
export function toWire(value: unknown): unknown {
  if (value instanceof Date) {
    return value.toISOString().replace(/\.000Z$/, 'Z');
  }
  if (Array.isArray(value)) return value.map(toWire);
  if (value === null || typeof value !== 'object') return value;
  const map: AttributeMap | undefined = (
    value.constructor as { getAttributeTypeMap?: () => AttributeMap }
  )?.getAttributeTypeMap?.();
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    const attribute = map?.find(a => a.name === key);
    out[attribute?.baseName ?? key] = toWire(field);
  }
  return out;
}

/** The model type client-node uses for an apiVersion and kind (`networking.k8s.io/v1` NetworkPolicy → V1NetworkPolicy). */
export function modelType(apiVersion: string, kind: string): string {
  const version = apiVersion.split('/').pop()!;
  return `${version.charAt(0).toUpperCase()}${version.slice(1)}${kind}`;
}

/** The API server's JSON in the shape client-node's model of `type` expects. */
export function toModel(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return value;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    return Array.isArray(value) ? value.map(v => toModel(v, array[1])) : value;
  }
  const map = attributeMap(type);
  if (!map || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const attribute = map.find(a => a.baseName === key);
    out[attribute?.name ?? key] = attribute
      ? toModel(field, attribute.type)
      : field;
  }
  return out;
}

/** An object in the shape client-node's KubernetesObjectApi expects for its kind. */
export function asModel(object: { apiVersion: string; kind: string }): any {
  return toModel(object, modelType(object.apiVersion, object.kind));
}
