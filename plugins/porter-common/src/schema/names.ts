import { z } from 'zod';

// Kubernetes name rules (k8s.io/apimachinery/pkg/util/validation).
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Longest DNS label, and so longest namespace, Service name and label value.
 *
 * @public
 */
export const MAX_LABEL_LENGTH = 63;

function dnsLabel(what: string, pattern: RegExp, rule: string) {
  return z
    .string({
      error: issue =>
        issue.input === undefined
          ? `${what} is required`
          : `${what} must be a string`,
    })
    .min(1, `${what} must not be empty`)
    .max(
      MAX_LABEL_LENGTH,
      `${what} must be at most ${MAX_LABEL_LENGTH} characters`,
    )
    .regex(pattern, `${what} must be ${rule}`);
}

/**
 * A DNS-1123 label: namespaces, and claim names. Claim names could in
 * principle be DNS-1123 subdomains (253 characters), but Porter stores the
 * claim name in a label value on every object it writes, and label values
 * stop at 63 characters.
 *
 * @public
 */
export const dns1123Label = (what: string) =>
  dnsLabel(
    what,
    DNS1123_LABEL,
    "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
  );

/**
 * A DNS-1035 label: Service names (they must start with a letter).
 *
 * @public
 */
export const dns1035Label = (what: string) =>
  dnsLabel(
    what,
    DNS1035_LABEL,
    "a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit",
  );
