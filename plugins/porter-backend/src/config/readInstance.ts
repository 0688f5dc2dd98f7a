import { Config } from '@backstage/config';
import { PorterConfigError } from './configValues';

/** A Kubernetes label value: at most 63 characters, alphanumerics with `-_.` inside. */
const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/**
 * `porter.instance`: the identity this portal writes on every object (the
 * label `porter.devops.gov.bc.ca/instance`), so two portals on the same
 * clusters never repair or collect each other's objects. Without it, the
 * host and port of `backend.baseUrl` (two portals cannot share one); set it
 * explicitly so a URL change does not change it.
 */
export function readInstance(root: Config): {
  instance: string;
  derived: boolean;
} {
  let configured: string | undefined;
  try {
    configured = root.getOptionalString('porter.instance');
  } catch {
    throw new PorterConfigError('porter.instance', 'must be a string');
  }
  if (configured !== undefined) {
    if (!LABEL_VALUE.test(configured)) {
      throw new PorterConfigError(
        'porter.instance',
        `'${configured}' is not a Kubernetes label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`,
      );
    }
    return { instance: configured, derived: false };
  }
  const baseUrl = root.getOptionalString('backend.baseUrl');
  let derived = 'default';
  if (baseUrl) {
    try {
      derived = new URL(baseUrl).host
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
        .slice(0, 63)
        .replace(/[^a-z0-9]+$/, '');
    } catch {
      derived = 'default';
    }
  }
  return { instance: derived || 'default', derived: true };
}
