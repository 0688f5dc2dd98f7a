import { Config } from '@backstage/config';
import { PORTER_API_GROUP } from '@internal/plugin-porter-common';
import {
  PorterConfigError,
  readChoice,
  readNumber,
  readString,
} from './configValues';

/**
 * Who decides where a user may write and look: the cluster's RBAC (a
 * SubjectAccessReview for the user's cluster identity) or, for portals
 * whose catalog is trusted, the catalog (an owned entity bound to the
 * namespace by annotation).
 */
export type NamespaceAccessMode = 'cluster' | 'catalog';

export interface AuthorizationConfig {
  namespaceAccess: NamespaceAccessMode;
  clusterIdentity: {
    /** Annotation on the User entity naming the user's cluster user name; wins when set. */
    userAnnotation: string;
    /** Cluster user name from the user's entity ref, e.g. `{{name}}@github`. */
    userTemplate: string;
    /** Cluster group name from each of the user's catalog groups; '' sends no groups. */
    groupTemplate: string;
  };
  /** How long a cluster's answer is reused, in seconds (0: ask every time). */
  cacheSeconds: number;
}

export const DEFAULT_USER_ANNOTATION = `${PORTER_API_GROUP}/cluster-user`;

export const DEFAULT_AUTHORIZATION: AuthorizationConfig = {
  namespaceAccess: 'cluster',
  clusterIdentity: {
    userAnnotation: DEFAULT_USER_ANNOTATION,
    userTemplate: '{{name}}',
    groupTemplate: '{{name}}',
  },
  cacheSeconds: 30,
};

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;
/** What a template may use: the parts of an entity ref. */
export const TEMPLATE_FIELDS = ['name', 'namespace', 'kind'] as const;

/** `porter.authorization`; every key optional. */
export function readAuthorization(
  porter: Config | undefined,
): AuthorizationConfig {
  const c = porter?.getOptionalConfig('authorization');
  if (!c) return DEFAULT_AUTHORIZATION;
  const key = 'porter.authorization';
  const defaults = DEFAULT_AUTHORIZATION.clusterIdentity;
  const identity = {
    userAnnotation: readString(c, 'clusterIdentity.userAnnotation', {
      fallback: defaults.userAnnotation,
      prefix: key,
    }),
    userTemplate: readString(c, 'clusterIdentity.userTemplate', {
      fallback: defaults.userTemplate,
      prefix: key,
    }),
    groupTemplate: readString(c, 'clusterIdentity.groupTemplate', {
      fallback: defaults.groupTemplate,
      prefix: key,
    }),
  };
  checkTemplate(
    `${key}.clusterIdentity.userTemplate`,
    identity.userTemplate,
    false,
  );
  checkTemplate(
    `${key}.clusterIdentity.groupTemplate`,
    identity.groupTemplate,
    true,
  );
  return {
    namespaceAccess: readChoice(c, 'namespaceAccess', {
      choices: ['cluster', 'catalog'] as const,
      fallback: 'cluster',
      prefix: key,
    }),
    clusterIdentity: identity,
    cacheSeconds: readNumber(c, 'cacheSeconds', {
      fallback: 30,
      min: 0,
      max: 600,
      prefix: key,
    }),
  };
}

function checkTemplate(key: string, template: string, mayBeEmpty: boolean) {
  if (template === '' && mayBeEmpty) return;
  const used = [...template.matchAll(PLACEHOLDER)].map(m => m[1]);
  const unknown = used.filter(
    u => !(TEMPLATE_FIELDS as readonly string[]).includes(u),
  );
  if (unknown.length > 0) {
    throw new PorterConfigError(
      key,
      `unknown placeholder(s) ${unknown
        .map(u => `{{${u}}}`)
        .join(', ')}; use ${TEMPLATE_FIELDS.map(f => `{{${f}}}`).join(', ')}`,
    );
  }
  if (!used.includes('name')) {
    throw new PorterConfigError(
      key,
      `must contain {{name}}, e.g. '{{name}}' or '{{name}}@github', got '${template}'`,
    );
  }
}

/** Fills a template with the parts of an entity ref. */
export function renderTemplate(
  template: string,
  ref: { kind: string; namespace: string; name: string },
): string {
  return template.replace(PLACEHOLDER, (_, field: string) =>
    String(ref[field as keyof typeof ref] ?? ''),
  );
}
