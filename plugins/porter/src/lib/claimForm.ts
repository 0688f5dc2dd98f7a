import {
  Claim,
  ClaimSpecInput,
  claimIdentitySchema,
  claimSpecSchema,
  DEFAULT_MONITOR,
} from '@internal/plugin-porter-common';

/** What the claim form edits, as the inputs hold it (text for numbers). */
export interface ClaimFormValues {
  /** `cluster/namespace` of a target choice. */
  target: string;
  name: string;
  /** Whether the person typed the name; until then it follows the Service. */
  nameEdited: boolean;
  service: string;
  servicePort: string;
  interval: string;
  timeout: string;
  overrideServicePort: boolean;
}

/** The form's fields, named as the API names them in its messages. */
export type ClaimField =
  | 'target'
  | 'name'
  | 'service'
  | 'servicePort'
  | 'monitor.interval'
  | 'monitor.timeout'
  | 'overrideServicePort';

export type FieldErrors = Partial<Record<ClaimField, string>>;

/** The field each form value belongs to. */
export const FIELD_OF_VALUE: Record<keyof ClaimFormValues, ClaimField> = {
  target: 'target',
  name: 'name',
  nameEdited: 'name',
  service: 'service',
  servicePort: 'servicePort',
  interval: 'monitor.interval',
  timeout: 'monitor.timeout',
  overrideServicePort: 'overrideServicePort',
};

export function initialValues(target: string, claim?: Claim): ClaimFormValues {
  const spec = claim?.spec;
  const monitor = spec?.monitor ?? DEFAULT_MONITOR;
  return {
    target: claim ? `${claim.cluster}/${claim.namespace}` : target,
    name: claim?.name ?? '',
    nameEdited: !!claim,
    service: spec?.service ?? '',
    servicePort: spec ? String(spec.servicePort) : '',
    interval: String(monitor.interval),
    timeout: String(monitor.timeout),
    overrideServicePort: spec?.overrideServicePort ?? false,
  };
}

/**
 * The name a new claim gets unless the person types one: `SERVICE-tsc` as in
 * the platform's documentation, or `SERVICE-PORT-tsc` when that is taken.
 */
export function suggestName(
  service: string,
  servicePort: string,
  taken: string[],
): string {
  if (!service) return '';
  const simple = `${service}-tsc`;
  if (!taken.includes(simple) || !servicePort) return simple;
  return `${service}-${servicePort}-tsc`;
}

const toNumber = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text);

/** The spec the values describe, before validation. */
export function specOf(values: ClaimFormValues): ClaimSpecInput {
  return {
    service: values.service.trim(),
    servicePort: toNumber(values.servicePort) as number,
    monitor: {
      type: 'tcp',
      interval: toNumber(values.interval) as number,
      timeout: toNumber(values.timeout) as number,
    },
    overrideServicePort: values.overrideServicePort,
  };
}

/**
 * Checks the values with the schemas the backend enforces (porter-common's
 * `claimSpecSchema` and the claim name rule), one message per field.
 */
export function validateClaimForm(values: ClaimFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.target) {
    errors.target = 'Choose where to expose the Service';
  }
  const name = claimIdentitySchema.shape.name.safeParse(values.name.trim());
  if (!name.success) {
    errors.name = name.error.issues[0].message;
  }
  const spec = claimSpecSchema.safeParse(specOf(values));
  if (!spec.success) {
    for (const issue of spec.error.issues) {
      const field = issue.path.join('.') as ClaimField;
      if (!errors[field]) errors[field] = issue.message;
    }
  }
  return errors;
}

/**
 * Where a message from the API belongs. The backend names the field
 * (`spec.servicePort: ...`, `Invalid path: name: ...`); a few refusals name
 * their subject in words (a Service port already exposed, a namespace not
 * bound or over its quota). Anything else is for the whole form.
 */
const FIELD_PATTERNS: Array<[ClaimField, RegExp]> = [
  ['servicePort', /^spec\.servicePort\b/],
  ['service', /^spec\.service\b(?!Port)/],
  ['monitor.interval', /^spec\.monitor\.interval\b/],
  ['monitor.timeout', /^spec\.monitor\.timeout\b/],
  ['monitor.interval', /^spec\.monitor\b/],
  ['overrideServicePort', /^spec\.overrideServicePort\b/],
  ['name', /^name: /],
  ['target', /^(cluster|namespace): /],
  ['servicePort', /is already exposed by/],
  ['target', /is not bound to namespace|already has \d+ claims on cluster/],
];

export function fieldErrorsFromMessage(message: string): {
  fields: FieldErrors;
  /** What belongs to no field. */
  general?: string;
} {
  const status = / \(HTTP \d+\)$/.exec(message)?.[0] ?? '';
  const text = message.slice(0, message.length - status.length);
  // A validation message lists its problems, each naming its field, separated by '; '.
  const invalid = /^Invalid \w+: /.exec(text)?.[0];
  const parts = invalid ? text.slice(invalid.length).split('; ') : [text];
  const fields: FieldErrors = {};
  const general: string[] = [];
  for (const part of parts) {
    const match = FIELD_PATTERNS.find(([, pattern]) => pattern.test(part));
    if (match && !fields[match[0]]) {
      fields[match[0]] = part;
    } else {
      general.push(part);
    }
  }
  if (general.length === 0) return { fields };
  return { fields, general: `${invalid ?? ''}${general.join('; ')}${status}` };
}
