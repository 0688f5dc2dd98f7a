import { ResourceType } from './resources';
import { badRequest } from './status';

/**
 * `?fieldSelector=`: only `metadata.name` and `metadata.namespace`, the fields
 * every type (custom ones included) supports on a real API server.
 */
export interface FieldRequirement {
  field: 'metadata.name' | 'metadata.namespace';
  negate: boolean;
  value: string;
}

const SUPPORTED = ['metadata.name', 'metadata.namespace'];

export function parseFieldSelector(
  type: ResourceType,
  selector: string | undefined,
): FieldRequirement[] {
  if (selector === undefined || selector.trim() === '') return [];
  return selector.split(',').map(part => {
    const m = /^\s*([^=!\s]+)\s*(==|=|!=)\s*(\S*)\s*$/.exec(part);
    if (!m) {
      throw badRequest(
        `invalid selector: '${selector}'; can't understand '${part}'`,
      );
    }
    if (!SUPPORTED.includes(m[1])) {
      // Real wording differs for built-in and custom types.
      throw badRequest(
        type.crd
          ? `"${m[1]}" is not a known field selector: only "metadata.name", "metadata.namespace"`
          : `field label not supported: ${m[1]}`,
      );
    }
    return {
      field: m[1] as FieldRequirement['field'],
      negate: m[2] === '!=',
      value: m[3],
    };
  });
}

export function matchesFields(
  requirements: FieldRequirement[],
  metadata: { name?: string; namespace?: string },
): boolean {
  return requirements.every(r => {
    const actual =
      r.field === 'metadata.name' ? metadata.name : metadata.namespace;
    return r.negate ? actual !== r.value : actual === r.value;
  });
}
