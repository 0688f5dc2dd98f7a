import { ResourceType } from './resources';
import { StatusCause } from './status';

/**
 * The object-name rules the real API server enforces, with its wording, so a
 * name Porter derives that a cluster would refuse is refused here too.
 */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_MESSAGE =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

/** Namespaces are RFC 1123 labels, Services DNS-1035 labels, the rest subdomains. */
function nameRule(type: ResourceType): {
  pattern: RegExp;
  message: string;
  max: number;
} {
  if (type.plural === 'namespaces') {
    return { pattern: DNS1123_LABEL, message: LABEL_MESSAGE, max: 63 };
  }
  if (type.plural === 'services') {
    return { pattern: DNS1035_LABEL, message: DNS1035_MESSAGE, max: 63 };
  }
  return { pattern: DNS1123_SUBDOMAIN, message: SUBDOMAIN_MESSAGE, max: 253 };
}

/** Causes for an invalid `metadata.name`; empty when the name is fine. */
export function validateName(type: ResourceType, name: unknown): StatusCause[] {
  if (typeof name !== 'string' || name === '') {
    return [
      {
        reason: 'FieldValueRequired',
        message: 'Required value: name or generateName is required',
        field: 'metadata.name',
      },
    ];
  }
  const rule = nameRule(type);
  const causes: StatusCause[] = [];
  if (name.length > rule.max) {
    causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: "${name}": must be no more than ${rule.max} characters`,
      field: 'metadata.name',
    });
  }
  if (!rule.pattern.test(name)) {
    causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: "${name}": ${rule.message}`,
      field: 'metadata.name',
    });
  }
  return causes;
}

/** A real-looking generated name: generateName plus five random characters. */
export function generateName(prefix: string): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let suffix = '';
  for (let i = 0; i < 5; i++) {
    suffix += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return `${prefix}${suffix}`;
}
