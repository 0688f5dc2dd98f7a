import type { KubernetesObject } from '@internal/plugin-porter-common';
import * as k8s from '@kubernetes/client-node';
import { callCluster, ClusterRequestError } from './clusterErrors';
import { PooledKubeConfig } from './pooledKubeConfig';
import { ClusterConnection } from './readClusterConnections';
import {
  collectionPath,
  Kind,
  KindRef,
  KNOWN_KINDS,
  TRANSPORT_SERVER_CLAIM,
} from './kinds';
import type {
  ListPage,
  ListWatchSource,
  WatchEvent,
} from './watch/ListWatchSource';
import { asModel, toWire } from './wireFormat';

/**
 * client-node's generic object API, told Porter's kinds up front. Left to
 * itself it asks the cluster's discovery (`GET /api/v1`,
 * `/apis/<group>/<version>`) before its first request of each API version.
 * Porter's kinds are fixed, so it names their resources itself, as
 * client-go's typed clients do; a kind not listed still goes through
 * discovery.
 */
class ObjectApi extends k8s.KubernetesObjectApi {
  constructor(configuration: k8s.Configuration) {
    super(configuration);
    for (const kind of KNOWN_KINDS) {
      const list = (this.apiVersionResourceCache[kind.apiVersion] ??= {
        groupVersion: kind.apiVersion,
        resources: [],
      });
      list.resources.push({
        name: kind.plural,
        kind: kind.kind,
        namespaced: kind.namespaced,
        singularName: kind.kind.toLowerCase(),
        verbs: [],
      });
    }
  }
}

/**
 * One cluster's API through @kubernetes/client-node, Porter's only cluster
 * client. Generic over kinds (KubernetesObjectApi), plus the status
 * subresource for TransportServerClaims. Errors come out as
 * ClusterUnavailableError or ClusterRequestError (clusterErrors).
 */
export class ClusterClient implements ListWatchSource {
  private readonly objects: ObjectApi;
  private readonly custom: k8s.CustomObjectsApi;
  private readonly watcher: k8s.Watch;
  private readonly authorization: k8s.AuthorizationV1Api;

  constructor(
    readonly connection: ClusterConnection,
    private readonly timeoutMs = 10_000,
  ) {
    // One keep-alive connection pool per cluster, not a connection per call.
    const kc = new PooledKubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: connection.name,
          server: connection.url,
          caData: connection.caData,
          caFile: connection.caFile,
          skipTLSVerify: connection.skipTLSVerify,
        },
      ],
      users: [{ name: 'porter', token: connection.token }],
      contexts: [{ name: 'porter', cluster: connection.name, user: 'porter' }],
      currentContext: 'porter',
    });
    // Porter always names the namespace, so the kubeconfig default namespace is not needed.
    this.objects = kc.makeApiClient(ObjectApi);
    this.custom = kc.makeApiClient(k8s.CustomObjectsApi);
    this.watcher = new k8s.Watch(kc);
    this.authorization = kc.makeApiClient(k8s.AuthorizationV1Api);
  }

  get name() {
    return this.connection.name;
  }

  async list(
    kind: KindRef,
    options: { namespace?: string; labelSelector?: string } = {},
  ): Promise<KubernetesObject[]> {
    const result = await this.call(() =>
      this.objects.list(
        kind.apiVersion,
        kind.kind,
        options.namespace,
        undefined,
        undefined,
        undefined,
        undefined,
        options.labelSelector,
      ),
    );
    return result.items.map(
      item =>
        ({
          ...(toWire(item) as object),
          apiVersion: kind.apiVersion,
          kind: kind.kind,
        } as KubernetesObject),
    );
  }

  /**
   * One page of a cluster-wide list, with the version a watch continues from.
   * Kinds of an API group are read as plain JSON (the custom-objects path, a
   * plain GET of `/apis/<group>/<version>/<plural>`): client-node turns lists
   * of kinds it has no model for into objects whose list metadata lacks
   * `continue`, which would end paging after the first page.
   */
  async listPage(
    kind: Kind,
    options: { labelSelector?: string; limit: number; continue?: string },
  ): Promise<ListPage> {
    if (kind.apiVersion.includes('/')) {
      const [group, version] = kind.apiVersion.split('/');
      const result = (await this.call(() =>
        this.custom.listClusterCustomObject({
          group,
          version,
          plural: kind.plural,
          labelSelector: options.labelSelector,
          limit: options.limit,
          _continue: options.continue,
        }),
      )) as {
        items: KubernetesObject[];
        metadata?: { resourceVersion?: string; continue?: string };
      };
      return {
        items: result.items,
        resourceVersion: result.metadata?.resourceVersion ?? '',
        continue: result.metadata?.continue || undefined,
      };
    }
    const result = await this.call(() =>
      this.objects.list(
        kind.apiVersion,
        kind.kind,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        options.labelSelector,
        options.limit,
        options.continue,
      ),
    );
    // Core kinds come back as client-node models, whose list metadata says `_continue`.
    const meta = result.metadata as
      | { resourceVersion?: string; _continue?: string }
      | undefined;
    return {
      // Watch events arrive as JSON; list items as models: one shape for both.
      items: result.items.map(item => toWire(item) as KubernetesObject),
      resourceVersion: meta?.resourceVersion ?? '',
      continue: meta?._continue || undefined,
    };
  }

  /**
   * Streams a kind's events cluster-wide from `resourceVersion`, with
   * bookmarks; with `sendInitialEvents`, a streaming list: the current state
   * first, at least as new as `resourceVersion` (none: as of now).
   */
  async watch(
    kind: Kind,
    options: {
      labelSelector?: string;
      resourceVersion: string;
      timeoutSeconds: number;
      sendInitialEvents?: boolean;
    },
    onEvent: (event: WatchEvent) => void,
    done: (error?: unknown) => void,
  ): Promise<() => void> {
    const query: Record<string, string | number | boolean> = {
      allowWatchBookmarks: true,
      resourceVersion: options.resourceVersion,
      timeoutSeconds: options.timeoutSeconds,
    };
    if (options.sendInitialEvents) {
      query.sendInitialEvents = true;
      query.resourceVersionMatch = 'NotOlderThan';
    }
    if (options.labelSelector) query.labelSelector = options.labelSelector;
    const controller = await this.watcher.watch(
      collectionPath(kind),
      query,
      (type, object) => onEvent({ type: type as WatchEvent['type'], object }),
      error => done(error ?? undefined),
    );
    return () => controller.abort();
  }

  /** The object, or undefined when it does not exist. */
  async get(
    kind: KindRef,
    namespace: string,
    name: string,
  ): Promise<KubernetesObject | undefined> {
    try {
      return toWire(
        await this.call(() =>
          this.objects.read({
            apiVersion: kind.apiVersion,
            kind: kind.kind,
            metadata: { name, namespace },
          }),
        ),
      ) as KubernetesObject;
    } catch (error) {
      if (error instanceof ClusterRequestError && error.code === 404)
        return undefined;
      throw error;
    }
  }

  async create(object: KubernetesObject): Promise<KubernetesObject> {
    return toWire(
      await this.call(() =>
        this.objects.create(asModel(withoutStatus(object))),
      ),
    ) as KubernetesObject;
  }

  /** Replaces the object; `resourceVersion` from `current` makes a concurrent edit fail with 409. */
  async replace(
    object: KubernetesObject,
    current: KubernetesObject,
  ): Promise<KubernetesObject> {
    const body = withoutStatus(object);
    body.metadata = {
      ...body.metadata,
      resourceVersion: (current.metadata as any).resourceVersion,
    };
    return toWire(
      await this.call(() => this.objects.replace(asModel(body))),
    ) as KubernetesObject;
  }

  /** Deletes; an object already gone is fine. */
  async delete(object: KubernetesObject): Promise<void> {
    try {
      await this.call(() => this.objects.delete(object));
    } catch (error) {
      if (error instanceof ClusterRequestError && error.code === 404) return;
      throw error;
    }
  }

  /** Writes a TransportServerClaim's status subresource (for `oc get tscs` users). */
  async replaceClaimStatus(
    object: KubernetesObject,
    current: KubernetesObject,
  ): Promise<KubernetesObject> {
    const [group, version] = TRANSPORT_SERVER_CLAIM.apiVersion.split('/');
    const result = await this.call(() =>
      this.custom.replaceNamespacedCustomObjectStatus({
        group,
        version,
        namespace: object.metadata.namespace!,
        plural: 'transportserverclaims',
        name: object.metadata.name,
        body: { ...current, status: object.status },
      }),
    );
    return {
      ...(toWire(result) as object),
      apiVersion: object.apiVersion,
      kind: object.kind,
    } as KubernetesObject;
  }

  /**
   * Asks the cluster whether a user may do something, with a
   * SubjectAccessReview created by Porter's service account (which needs
   * `create subjectaccessreviews`, e.g. the `system:auth-delegator` ClusterRole).
   */
  async reviewAccess(
    subject: { user: string; groups: string[] },
    resourceAttributes: k8s.V1ResourceAttributes,
  ): Promise<{ allowed: boolean; reason?: string }> {
    const review = await this.call(() =>
      this.authorization.createSubjectAccessReview({
        body: {
          apiVersion: 'authorization.k8s.io/v1',
          kind: 'SubjectAccessReview',
          spec: { ...subject, resourceAttributes },
        },
      }),
    );
    return {
      allowed: review.status?.allowed === true,
      reason: review.status?.reason || undefined,
    };
  }

  /** Every request goes through here: bounded by the timeout, its errors as the two cluster error types. */
  private call<T>(request: () => Promise<T>): Promise<T> {
    return callCluster(this.name, this.timeoutMs, request);
  }
}

function withoutStatus(object: KubernetesObject): KubernetesObject {
  const { status: _status, ...rest } = object as KubernetesObject & {
    status?: unknown;
  };
  return { ...rest, metadata: { ...object.metadata } };
}
