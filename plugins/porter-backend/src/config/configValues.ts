import { Config } from '@backstage/config';

/** Raised for a bad `porter` config block; the message names the key. */
export class PorterConfigError extends Error {
  constructor(key: string, problem: string) {
    super(`Invalid configuration at '${key}': ${problem}`);
    this.name = 'PorterConfigError';
  }
}

/** Where a value is read: `prefix` is the key of `c` in the app config, for messages. */
interface Where {
  /** Default 'porter'. */
  prefix?: string;
}

/** A whole number within bounds, or the fallback when absent (required without one). */
export function readNumber(
  c: Config,
  path: string,
  rule: Where & { fallback?: number; min: number; max: number },
): number {
  const { fallback, min, max, prefix = 'porter' } = rule;
  const key = `${prefix}.${path}`;
  let value: number | undefined;
  try {
    value = c.getOptionalNumber(path);
  } catch {
    throw new PorterConfigError(key, 'must be a number');
  }
  if (value === undefined) {
    if (fallback === undefined) throw new PorterConfigError(key, 'is required');
    return fallback;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new PorterConfigError(
      key,
      `must be a whole number from ${min} to ${max}, got ${value}`,
    );
  }
  return value;
}

/** A number from 0 to 1 (a share), or the fallback when absent. */
export function readShare(
  c: Config,
  path: string,
  rule: Where & { fallback: number },
): number {
  const { fallback, prefix = 'porter' } = rule;
  const key = `${prefix}.${path}`;
  let value: number | undefined;
  try {
    value = c.getOptionalNumber(path);
  } catch {
    throw new PorterConfigError(key, 'must be a number');
  }
  if (value === undefined) return fallback;
  if (!(value > 0 && value <= 1)) {
    throw new PorterConfigError(
      key,
      `must be a share above 0 and at most 1 (e.g. 0.5 for half), got ${value}`,
    );
  }
  return value;
}

/** One of the allowed strings, or the fallback when absent. */
export function readChoice<T extends string>(
  c: Config,
  path: string,
  rule: Where & { choices: readonly T[]; fallback: T },
): T {
  const { choices, fallback, prefix = 'porter' } = rule;
  const key = `${prefix}.${path}`;
  let value: string | undefined;
  try {
    value = c.getOptionalString(path);
  } catch {
    throw new PorterConfigError(key, `must be one of ${choices.join(', ')}`);
  }
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) {
    throw new PorterConfigError(
      key,
      `must be one of ${choices.join(', ')}, got '${value}'`,
    );
  }
  return value as T;
}

/** A string, or the fallback when absent. */
export function readString(
  c: Config,
  path: string,
  rule: Where & { fallback: string },
): string {
  const { fallback, prefix = 'porter' } = rule;
  try {
    return c.getOptionalString(path) ?? fallback;
  } catch {
    throw new PorterConfigError(`${prefix}.${path}`, 'must be a string');
  }
}
