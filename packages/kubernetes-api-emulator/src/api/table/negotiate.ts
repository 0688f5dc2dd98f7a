import { failure } from '../status';
import type { IncludeObject } from './table';

/**
 * Content negotiation on `Accept`, as the API server does it for reads: the
 * first media type it can produce wins. JSON is the only serialisation the
 * EMULATOR writes; `as=Table` asks for server-side printing.
 */
export type Representation =
  | { as: 'object' }
  | { as: 'table'; version: 'v1' | 'v1beta1' };

const PLAIN = new Set(['application/json', 'application/*', '*/*']);

export function negotiate(accept: string | undefined): Representation {
  if (!accept || accept.trim() === '') return { as: 'object' };
  for (const entry of accept.split(',')) {
    const [mediaType, ...paramParts] = entry.split(';').map(s => s.trim());
    const params: Record<string, string> = {};
    for (const p of paramParts) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).trim()] = p.slice(eq + 1).trim();
    }
    const type = mediaType.toLowerCase();
    if (!PLAIN.has(type)) continue;
    if (params.as === undefined) return { as: 'object' };
    if (
      params.as === 'Table' &&
      params.g === 'meta.k8s.io' &&
      (params.v === 'v1' || params.v === 'v1beta1')
    ) {
      return { as: 'table', version: params.v };
    }
    // Another `as=` (e.g. PartialObjectMetadataList): try the next entry.
  }
  throw failure(
    406,
    'NotAcceptable',
    'only the following media types are accepted: application/json, application/json;as=Table;v=v1;g=meta.k8s.io',
  );
}

/** `?includeObject=` for Tables: Metadata (the default), Object or None. */
export function includeObjectParam(query: URLSearchParams): IncludeObject {
  const value = query.get('includeObject');
  if (value === 'None' || value === 'Object') return value;
  return 'Metadata';
}
