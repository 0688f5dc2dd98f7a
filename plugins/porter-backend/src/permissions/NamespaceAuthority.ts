import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import {
  AccessAnswer,
  NamespaceAccess,
  PORTER_API_GROUP,
} from '@internal/plugin-porter-common';
import {
  ClusterRequestError,
  ClusterUnavailableError,
} from '../clusters/clusterErrors';
import type { ClusterClient } from '../clusters/ClusterClient';
import type { PorterConfig } from '../config/readPorterConfig';
import { realisingClusters } from '../service/clusters';
import { CatalogNamespaceAccess } from './CatalogNamespaceAccess';
import {
  ClusterIdentity,
  ClusterIdentityResolver,
} from './ClusterIdentityResolver';
import { TtlCache } from './TtlCache';

/** What a user may want to do in a namespace, and the cluster permission it takes. */
export const NAMESPACE_ACTIONS = {
  /** Every claim write (create, update, delete, applying its NetworkPolicy). */
  createClaims: {
    verb: 'create',
    group: PORTER_API_GROUP,
    resource: 'transportserverclaims',
  },
  listServices: { verb: 'list', group: '', resource: 'services' },
  listNetworkPolicies: {
    verb: 'list',
    group: 'networking.k8s.io',
    resource: 'networkpolicies',
  },
} as const;

export type NamespaceAction = keyof typeof NAMESPACE_ACTIONS;

/** `transportserverclaims.porter.devops.gov.bc.ca`, as kubectl names a resource. */
export function describeResource(action: NamespaceAction): string {
  const { group, resource } = NAMESPACE_ACTIONS[action];
  return group ? `${resource}.${group}` : resource;
}

interface Answer extends AccessAnswer {
  /** Set when the cluster could not be asked: neither yes nor no. */
  unavailable?: boolean;
}

/** The cluster could not be asked: neither yes nor no, and not worth caching. */
class Unanswered extends Error {
  readonly answer: Answer;
  constructor(reason: string) {
    super(reason);
    this.answer = { allowed: false, unavailable: true, reason };
  }
}

/**
 * Decides where a caller may act inside a namespace. With
 * `namespaceAccess: cluster` (the default) the cluster decides: Porter's
 * service account asks it with a SubjectAccessReview whether the user's
 * cluster identity may do the same thing there with `oc` (answers cached for
 * `cacheSeconds`). With `catalog`, an owned entity bound to the namespace
 * decides. Service principals act in no namespace on their own; a service
 * calling on behalf of a user (an on-behalf-of token, as the scaffolder
 * sends) is that user.
 */
export class NamespaceAuthority {
  private readonly config: PorterConfig;
  private readonly clients: Map<string, ClusterClient>;
  private readonly identities: ClusterIdentityResolver;
  private readonly catalog: CatalogNamespaceAccess;
  private readonly answers: TtlCache<Answer>;

  constructor(options: {
    config: PorterConfig;
    clients: Map<string, ClusterClient>;
    /** Who the caller is in the clusters (`namespaceAccess: cluster`). */
    identities: ClusterIdentityResolver;
    /** The catalog's answer (`namespaceAccess: catalog`). */
    catalog: CatalogNamespaceAccess;
  }) {
    this.config = options.config;
    this.clients = options.clients;
    this.identities = options.identities;
    this.catalog = options.catalog;
    this.answers = new TtlCache(
      options.config.authorization.cacheSeconds * 1000,
    );
  }

  /**
   * Throws unless the caller may do `action` in `namespace`: 403 naming the
   * missing cluster permission, 503 when the cluster cannot be asked. For
   * `createClaims` in a pair's primary, both clusters of the pair are asked.
   * In catalog mode writes are left to the entity check (ClaimAuthorizer).
   */
  async require(
    credentials: BackstageCredentials,
    cluster: string,
    namespace: string,
    action: NamespaceAction,
  ): Promise<void> {
    if (
      action === 'createClaims' &&
      this.config.authorization.namespaceAccess === 'catalog' &&
      isUser(credentials)
    ) {
      return;
    }
    const answer = await this.answer(credentials, cluster, namespace, action);
    if (answer.unavailable) throw new ServiceUnavailableError(answer.reason);
    if (!answer.allowed) throw new NotAllowedError(answer.reason);
  }

  /** Everything the caller may do in the namespace, each with the reason (`GET …/access`). */
  async describe(
    credentials: BackstageCredentials,
    cluster: string,
    namespace: string,
  ): Promise<NamespaceAccess> {
    this.porterCluster(cluster);
    const mode = this.config.authorization.namespaceAccess;
    const [createClaims, listServices, listNetworkPolicies] = await Promise.all(
      (['createClaims', 'listServices', 'listNetworkPolicies'] as const).map(
        async action => {
          const { allowed, reason } = await this.answer(
            credentials,
            cluster,
            namespace,
            action,
          );
          return { allowed, reason };
        },
      ),
    );
    return {
      cluster,
      namespace,
      decidedBy: mode,
      ...(mode === 'cluster' && isUser(credentials)
        ? { clusterIdentity: await this.identities.resolve(credentials) }
        : {}),
      createClaims,
      listServices,
      listNetworkPolicies,
    };
  }

  private async answer(
    credentials: BackstageCredentials,
    cluster: string,
    namespace: string,
    action: NamespaceAction,
  ): Promise<Answer> {
    const porterCluster = this.porterCluster(cluster);
    if (!isUser(credentials)) {
      return {
        allowed: false,
        reason:
          'Services act in no namespace on their own: call Porter on behalf of a user ' +
          '(an on-behalf-of token), and that user needs the permission.',
      };
    }
    if (this.config.authorization.namespaceAccess === 'catalog') {
      return this.catalog.answer(credentials, cluster, namespace);
    }
    const identity = await this.identities.resolve(credentials);
    if (action !== 'createClaims' || porterCluster.role !== 'primary') {
      return this.ask(identity, cluster, namespace, action);
    }
    // A claim in a pair's primary writes into both clusters: both must allow
    // it. A secondary that cannot be asked (GoldDR down) does not stop work
    // in the primary: the platform grants a project's namespaces in both
    // clusters of a pair together, so the primary's answer stands, and says so.
    const [primary, secondary] = await Promise.all(
      realisingClusters(this.config, porterCluster).map(c =>
        this.ask(identity, c.name, namespace, action),
      ),
    );
    if (!primary.allowed || primary.unavailable) return primary;
    if (secondary.unavailable) {
      return {
        allowed: true,
        reason: `${primary.reason} (${secondary.reason} The primary's answer stands for the pair.)`,
      };
    }
    return secondary.allowed
      ? { allowed: true, reason: `${primary.reason} ${secondary.reason}` }
      : secondary;
  }

  private async ask(
    identity: ClusterIdentity,
    cluster: string,
    namespace: string,
    action: NamespaceAction,
  ): Promise<Answer> {
    const key = JSON.stringify([cluster, namespace, action, identity]);
    try {
      return await this.answers.get(key, () =>
        this.review(identity, cluster, namespace, action),
      );
    } catch (error) {
      // Not cached: the next request asks again.
      if (error instanceof Unanswered) return error.answer;
      throw error;
    }
  }

  private async review(
    identity: ClusterIdentity,
    cluster: string,
    namespace: string,
    action: NamespaceAction,
  ): Promise<Answer> {
    const { verb, group, resource } = NAMESPACE_ACTIONS[action];
    const what = `${verb} ${describeResource(
      action,
    )} in namespace '${namespace}'`;
    const who = `user '${identity.user}'${
      identity.groups.length ? ` (groups: ${identity.groups.join(', ')})` : ''
    }`;
    const client = this.clients.get(cluster);
    if (!client) {
      throw new Unanswered(
        `Cluster '${cluster}' has no connection configured, so Porter cannot ask whether ${who} may ${what}.`,
      );
    }
    let review;
    try {
      review = await client.reviewAccess(identity, {
        namespace,
        verb,
        group,
        resource,
      });
    } catch (error) {
      if (error instanceof ClusterRequestError && error.code === 403) {
        throw new Unanswered(
          `Porter could not ask cluster '${cluster}' whether ${who} may ${what}: ${error.message}. ` +
            "Porter's service account needs 'create subjectaccessreviews' there (e.g. the ClusterRole system:auth-delegator).",
        );
      }
      if (
        error instanceof ClusterUnavailableError ||
        error instanceof ClusterRequestError
      ) {
        throw new Unanswered(
          `Porter could not ask cluster '${cluster}' whether ${who} may ${what}: ${error.message}. Try again shortly.`,
        );
      }
      throw error;
    }
    if (review.allowed) {
      return {
        allowed: true,
        reason: `Cluster '${cluster}' allows ${who} to ${what}${
          review.reason ? ` (${review.reason})` : ''
        }.`,
      };
    }
    return {
      allowed: false,
      reason:
        `Cluster '${cluster}' does not allow ${who} to ${what} (RBAC). ` +
        "Ask the namespace's admins for a RoleBinding.",
    };
  }

  private porterCluster(name: string) {
    const cluster = this.config.clusters.get(name);
    if (!cluster) {
      throw new NotFoundError(
        `Unknown cluster '${name}'. Porter manages: ${
          [...this.config.clusters.keys()].join(', ') || 'none configured'
        }.`,
      );
    }
    return cluster;
  }
}

function isUser(
  credentials: BackstageCredentials,
): credentials is BackstageCredentials<BackstageUserPrincipal> {
  return (credentials.principal as { type?: string }).type === 'user';
}
