import { badRequest } from './status';

/**
 * Kubernetes label selectors (k8s.io/apimachinery/pkg/labels), as the API
 * server parses them from `?labelSelector=`: comma-separated requirements,
 * all of which must hold.
 */
export type Requirement =
  | { key: string; op: '=' | '!='; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!' }
  | { key: string; op: 'gt' | 'lt'; value: number };

export type Labels = Record<string, string> | undefined;

const KEY_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const KEY_PREFIX =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function parseError(detail: string) {
  return badRequest(`unable to parse requirement: ${detail}`);
}

function checkKey(key: string): string {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const ok =
    name.length <= 63 &&
    KEY_NAME.test(name) &&
    (prefix === undefined || (prefix.length <= 253 && KEY_PREFIX.test(prefix)));
  if (!ok) {
    throw parseError(
      `Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
  return key;
}

function checkValue(value: string): string {
  if (value.length > 63 || !VALUE.test(value)) {
    throw parseError(
      `Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
  return value;
}

/** Splits on commas that are not inside a `( … )` value set. */
function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (depth !== 0) throw parseError(`unbalanced parentheses in "${selector}"`);
  parts.push(current);
  return parts.map(p => p.trim());
}

function parseRequirement(text: string): Requirement {
  let m = /^!\s*(\S+)$/.exec(text);
  if (m) return { key: checkKey(m[1]), op: '!' };
  m = /^([^\s=!<>()]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(text);
  if (m) {
    const values = m[3].split(',').map(v => checkValue(v.trim()));
    return { key: checkKey(m[1]), op: m[2] as 'in' | 'notin', values };
  }
  m = /^([^\s=!<>()]+)\s*(==|=|!=|<|>)\s*([^\s=!<>(),]*)$/.exec(text);
  if (m) {
    const key = checkKey(m[1]);
    if (m[2] === '<' || m[2] === '>') {
      const value = Number(m[3]);
      if (!/^-?\d+$/.test(m[3])) {
        throw parseError(
          `for 'Gt', 'Lt' operators, the value must be an integer`,
        );
      }
      return { key, op: m[2] === '>' ? 'gt' : 'lt', value };
    }
    return { key, op: m[2] === '!=' ? '!=' : '=', value: checkValue(m[3]) };
  }
  m = /^([^\s=!<>(),]+)$/.exec(text);
  if (m) return { key: checkKey(m[1]), op: 'exists' };
  throw parseError(
    `found '${text}', expected: identifier, '!', 'in', 'notin', '=', '==', '!='`,
  );
}

/** Parses a selector; an empty one matches everything. Throws a 400 ApiError. */
export function parseLabelSelector(
  selector: string | undefined,
): Requirement[] {
  if (selector === undefined || selector.trim() === '') return [];
  return splitTopLevel(selector).map(part => {
    if (part === '') throw parseError(`empty requirement in "${selector}"`);
    return parseRequirement(part);
  });
}

function holds(req: Requirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const value = labels[req.key];
  switch (req.op) {
    case 'exists':
      return has;
    case '!':
      return !has;
    case '=':
      return has && value === req.value;
    // As in Kubernetes, != and notin also match objects without the label.
    case '!=':
      return !has || value !== req.value;
    case 'in':
      return has && req.values.includes(value);
    case 'notin':
      return !has || !req.values.includes(value);
    case 'gt':
    case 'lt': {
      if (!has || !/^-?\d+$/.test(value)) return false;
      const n = Number(value);
      return req.op === 'gt' ? n > req.value : n < req.value;
    }
    default:
      return false;
  }
}

export function matchesLabels(requirements: Requirement[], labels: Labels) {
  return requirements.every(r => holds(r, labels ?? {}));
}
