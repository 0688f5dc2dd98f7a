/**
 * Kubernetes label selectors (metav1.LabelSelector), evaluated the way the
 * API server and network plugins evaluate them. Pure: no I/O.
 */

import { labelPairs } from './labels';

/** One requirement of a label selector's matchExpressions. */
export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

/** A Kubernetes label selector: matchLabels and matchExpressions, ANDed. */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

/** Thrown for selectors the Kubernetes API server would have rejected. */
export class InvalidLabelSelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidLabelSelectorError';
  }
}

/** True when the selector has no requirement at all, so it selects everything. */
export function isEmptySelector(selector: LabelSelector | undefined): boolean {
  return (
    !selector ||
    (Object.keys(selector.matchLabels ?? {}).length === 0 &&
      (selector.matchExpressions ?? []).length === 0)
  );
}

function hasKey(labels: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(labels, key);
}

function requirementMatches(
  requirement: LabelSelectorRequirement,
  labels: Record<string, string>,
): boolean {
  const { key, operator } = requirement;
  const values = requirement.values ?? [];
  switch (operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) {
        throw new InvalidLabelSelectorError(
          `matchExpressions for key "${key}" with operator ${operator} must have at least one value`,
        );
      }
      if (operator === 'In') {
        return hasKey(labels, key) && values.includes(labels[key]);
      }
      // Kubernetes: NotIn matches when the key is absent.
      return !hasKey(labels, key) || !values.includes(labels[key]);
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) {
        throw new InvalidLabelSelectorError(
          `matchExpressions for key "${key}" with operator ${operator} must not have values`,
        );
      }
      return operator === 'Exists' ? hasKey(labels, key) : !hasKey(labels, key);
    default:
      throw new InvalidLabelSelectorError(
        `matchExpressions for key "${key}" has unknown operator "${operator}"`,
      );
  }
}

/**
 * Whether a label selector matches a set of labels. An absent or empty
 * selector matches everything; otherwise every matchLabels entry and every
 * matchExpressions requirement must hold. Throws
 * {@link InvalidLabelSelectorError} for an unknown operator or for values
 * that the operator does not allow.
 */
export function labelSelectorMatches(
  selector: LabelSelector | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  const actual = labels ?? {};
  // No short-circuit: an invalid requirement is reported whatever the labels.
  let matches = Object.entries(selector?.matchLabels ?? {}).every(
    ([key, value]) => hasKey(actual, key) && actual[key] === value,
  );
  for (const requirement of selector?.matchExpressions ?? []) {
    if (!requirementMatches(requirement, actual)) {
      matches = false;
    }
  }
  return matches;
}

/**
 * Whether a Service-style equality selector (spec.selector) matches a set
 * of labels. Every key must be present with exactly that value.
 */
export function equalitySelectorMatches(
  selector: Record<string, string>,
  labels: Record<string, string> | undefined,
): boolean {
  return labelSelectorMatches({ matchLabels: selector }, labels);
}

/** A selector in kubectl's notation, for messages: `a=b,c in (d,e),!f`. */
export function describeSelector(selector: LabelSelector | undefined): string {
  if (isEmptySelector(selector)) {
    return '{} (everything)';
  }
  const parts = labelPairs(selector?.matchLabels ?? {});
  for (const { key, operator, values = [] } of selector?.matchExpressions ??
    []) {
    if (operator === 'Exists') {
      parts.push(key);
    } else if (operator === 'DoesNotExist') {
      parts.push(`!${key}`);
    } else {
      parts.push(`${key} ${operator.toLowerCase()} (${values.join(',')})`);
    }
  }
  return parts.join(',');
}
