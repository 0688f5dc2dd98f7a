import { deepEqual } from './json';

/**
 * The patch formats the API server accepts for JSON bodies. Strategic merge
 * patch is applied as a JSON merge patch: the two agree except for lists
 * with merge keys, which Porter does not patch (documented limitation).
 */

/** A patch that cannot be applied to the document (the server answers 422). */
export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** RFC 7386 JSON Merge Patch: null deletes, objects merge, all else replaces. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[key];
    } else {
      result[key] = applyMergePatch(result[key], value);
    }
  }
  return result;
}

export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

/** RFC 6901 pointer to reference tokens (`~1` is `/`, `~0` is `~`). */
function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new PatchError(`invalid JSON pointer "${pointer}"`);
  }
  return pointer
    .slice(1)
    .split('/')
    .map(t => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Container = Record<string, unknown> | unknown[];

/** The parent container of the pointer's last token, and that token. */
function locate(doc: unknown, pointer: string): [Container, string] {
  const parts = tokens(pointer);
  if (parts.length === 0) throw new PatchError('cannot operate on the root');
  let node: unknown = doc;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else node = undefined;
    if (node === undefined) {
      throw new PatchError(`doc is missing path: "${pointer}"`);
    }
  }
  if (!Array.isArray(node) && !isObject(node)) {
    throw new PatchError(`doc is missing path: "${pointer}"`);
  }
  return [node, parts[parts.length - 1]];
}

function arrayIndex(arr: unknown[], token: string, forAdd: boolean): number {
  if (forAdd && token === '-') return arr.length;
  const i = Number(token);
  const max = forAdd ? arr.length : arr.length - 1;
  if (!/^\d+$/.test(token) || i > max) {
    throw new PatchError(`index out of range: ${token}`);
  }
  return i;
}

function get(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  const [parent, key] = locate(doc, pointer);
  const value = Array.isArray(parent)
    ? parent[arrayIndex(parent, key, false)]
    : parent[key];
  if (value === undefined) {
    throw new PatchError(`doc is missing path: "${pointer}"`);
  }
  return value;
}

function add(doc: unknown, pointer: string, value: unknown): void {
  const [parent, key] = locate(doc, pointer);
  if (Array.isArray(parent)) {
    parent.splice(arrayIndex(parent, key, true), 0, value);
  } else {
    parent[key] = value;
  }
}

function remove(doc: unknown, pointer: string): unknown {
  const [parent, key] = locate(doc, pointer);
  if (Array.isArray(parent)) {
    return parent.splice(arrayIndex(parent, key, false), 1)[0];
  }
  if (!(key in parent)) {
    throw new PatchError(`unable to remove nonexistent key: ${key}`);
  }
  const old = parent[key];
  delete parent[key];
  return old;
}

/** RFC 6902 JSON Patch, applied to a copy: all operations or none. */
export function applyJsonPatch(
  document: unknown,
  operations: JsonPatchOperation[],
): unknown {
  let doc = structuredClone(document);
  for (const op of operations) {
    if (!op || typeof op.path !== 'string') {
      throw new PatchError(`invalid operation ${JSON.stringify(op)}`);
    }
    const value = structuredClone(op.value);
    switch (op.op) {
      case 'add':
        if (op.path === '') doc = value;
        else add(doc, op.path, value);
        break;
      case 'remove':
        remove(doc, op.path);
        break;
      case 'replace':
        if (op.path === '') {
          doc = value;
        } else {
          get(doc, op.path);
          remove(doc, op.path);
          add(doc, op.path, value);
        }
        break;
      case 'move':
        add(doc, op.path, remove(doc, op.from ?? ''));
        break;
      case 'copy':
        add(doc, op.path, structuredClone(get(doc, op.from ?? '')));
        break;
      case 'test':
        if (!deepEqual(get(doc, op.path), op.value)) {
          throw new PatchError(`testing value ${op.path} failed`);
        }
        break;
      default:
        throw new PatchError(`Unexpected kind: ${(op as { op: string }).op}`);
    }
  }
  return doc;
}
