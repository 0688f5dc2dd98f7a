// THIS FILE IS GENERATED from plugins/porter-backend/src/schema/openapi.yaml
// by the porter backend's `generate:openapi` script. Do not edit.
/* eslint-disable */

/**
 * Every path of Porter's API and the operations on it.
 *
 * @public
 */
export interface paths {
  '/clusters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The clusters Porter manages, with their role, port range and address pools. */
    get: operations['listClusters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Port usage per cluster: allocated, retained for recently deleted claims, free. */
    get: operations['listPools'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** For platform administrators (permission porter.admin.read): port usage per cluster and address, claims per namespace against the quota, deletions the reconciler holds back, what it could not do, and every side that is Degraded or in Error, newest first. */
    get: operations['getAdminOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/deletion-guards/{cluster}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * For platform administrators (permission porter.admin.confirm): let the next reconciler pass delete what the deletion guard holds back in a cluster.
     * The body states how many held deletions the administrator reviewed
     *     (the guard's wouldDelete); a confirmation never covers a larger
     *     deletion than the one seen (409 when the number differs). Audited as
     *     deletion-guard-confirm.
     */
    post: operations['confirmDeletionGuard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{cluster}/namespaces/{namespace}/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The Services in a namespace of a cluster, to pick a claim's target from.
     * Only for callers the cluster lets list services in the namespace.
     */
    get: operations['listServices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{cluster}/namespaces/{namespace}/access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the caller may do in a namespace of a cluster (create claims, list Services, read NetworkPolicies), each with the reason.
     * So a UI can explain before anyone tries. With namespaceAccess: cluster
     *     each answer is the cluster's (a SubjectAccessReview for the caller's
     *     cluster identity, which is returned too); for a pair's primary,
     *     createClaims needs both clusters. A cluster that cannot be asked gives
     *     allowed: false with the reason.
     */
    get: operations['getNamespaceAccess'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One page of claims, optionally filtered by cluster, namespace or catalog entity.
     * Claims in (cluster, namespace, name) order, at most `limit` per page. While
     *     `nextCursor` is set, pass it as `cursor` to get the next page. A page is cut
     *     before the read check, so it may hold fewer than `limit` claims (even none)
     *     and still have a `nextCursor`.
     */
    get: operations['listClaims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{cluster}/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Apply a TransportServerClaim manifest, as `oc apply -f` would (create or update).
     * Posts the platform document's YAML as is. The namespace comes from
     *     metadata.namespace or the `namespace` parameter. The catalog entity comes
     *     from the `entityRef` parameter, the annotation porter.devops.gov.bc.ca/entity-ref,
     *     or, when neither is given, the one entity bound to the namespace that the caller may write for.
     *
     *     The answer comes once the claim and its ports are stored; the cluster writes follow
     *     asynchronously, and each side of the claim reports their progress (`Pending` until
     *     Porter has written the objects and the load balancer reports). Re-applying the same
     *     spec writes nothing.
     */
    post: operations['applyManifest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{cluster}/namespaces/{namespace}/claims/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** One claim, with its allocations. */
    get: operations['getClaim'];
    /**
     * Create or update a claim (idempotent).
     * Claims are made in standalone clusters and pair primaries; a claim aimed at a
     *     pair's secondary is refused with a message naming the primary. A pair claim
     *     gets one allocation per side. Re-applying the same spec writes nothing.
     *     Changing service or servicePort retains the old port for its target and allocates anew.
     *
     *     The answer comes once the claim and its ports are stored: the cluster writes follow
     *     asynchronously, and each side of the claim reports their progress. A created or
     *     changed claim's sides are `Pending` in the answer, until Porter has written the
     *     objects and the load balancer reports; a failed write is retried by the reconciler.
     *
     *     With `dryRun=true` nothing is written: every check runs, the ports are
     *     allocated inside a transaction that is rolled back, and the answer (200) is a
     *     `ClaimPreview`: the claim as it would be, whether it would be created, and the
     *     objects it would write per cluster. The ports shown are those it would get now.
     */
    put: operations['applyClaim'];
    post?: never;
    /**
     * Delete a claim. Its ports are retained for the same namespace/Service/port for porter.retention.days.
     * The answer comes once the claim is deleted from the database; its objects are removed
     *     from the clusters asynchronously (what cannot be removed then, the reconciler removes).
     */
    delete: operations['deleteClaim'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{cluster}/namespaces/{namespace}/claims/{name}/manifests': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** The Kubernetes objects the claim's plan writes, per cluster. */
    get: operations['getClaimManifests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{cluster}/namespaces/{namespace}/claims/{name}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** The claim's events, oldest first; kept after the claim is deleted. */
    get: operations['getClaimHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{cluster}/namespaces/{namespace}/claims/{name}/policy': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /**
     * Per cluster, whether NetworkPolicies let the load balancer reach every pod behind the Service, and the fix.
     * Verdicts: allowed (naming the policies), open (no policy isolates the pods: reachable
     *     from everywhere), blocked or partial (with the allow-from-f5-ingress manifest that fixes
     *     it, for the Service's own selector), no-pods, error. Only for callers the
     *     cluster lets list networkpolicies in the namespace, in every cluster of the claim.
     */
    get: operations['getClaimPolicy'];
    put?: never;
    /**
     * Apply the proposed allow-from-f5-ingress NetworkPolicy where traffic is blocked (permission porter.claim.policy.apply).
     * The policy Porter writes carries Porter's labels and the claim's,
     *     admits only the claimed target port over TCP, and is removed with the
     *     claim. An existing policy of that name that is not the claim's own is
     *     never replaced (another name is used). When the fix would isolate pods
     *     that accept all traffic now, the request is refused with 409 naming
     *     them, before anything is written, unless confirmIsolation is true.
     */
    post: operations['applyClaimPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{cluster}/namespaces/{namespace}/claims/{name}/test': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * TCP connect from the backend to each side's VIP:port, and the commands to test it yourself.
     * Needs porter.claim.read on the claim. Waits at most
     *     porter.probe.timeoutSeconds (default 5), whatever the monitor's timeout;
     *     each caller may run porter.probe.perUserPerMinute tests a minute (429 beyond).
     */
    post: operations['testClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
/**
 * The API's webhooks (it has none).
 *
 * @public
 */
export type webhooks = Record<string, never>;
/**
 * The API's reusable schemas, parameters and responses.
 *
 * @public
 */
export interface components {
  schemas: {
    DnsLabel: string;
    /**
     * Type of the target Service; it decides which address pool a VIP comes from.
     */
    ServiceType: 'ClusterIP' | 'NodePort';
    /**
     * Where a cluster stands: on its own (Silver), or one side of a pair (Gold = primary,
     *     GoldDR = secondary). Claims are made in standalone clusters and pair primaries; the
     *     secondary is realised from the primary.
     */
    ClusterRole: 'standalone' | 'primary' | 'secondary';
    /**
     * How a claim stands in one cluster. Ready: the load balancer reports the TransportServer
     *     Ok and the target checks pass. Pending: objects written, the load balancer has not
     *     reported yet. Degraded: the cluster could not be reached or refused Porter's writes.
     *     Error: something the team must fix (Service missing, port not on the Service, not
     *     NodePort where required, no ready pods, a name taken, or a load balancer error).
     */
    SidePhase: 'Ready' | 'Pending' | 'Degraded' | 'Error';
    PortRange: {
      from: number;
      to: number;
    };
    /** VIP pools by target Service type. */
    AddressPools: {
      ClusterIP?: string[];
      NodePort?: string[];
    };
    /** F5 health monitor; timeout must be at least interval (F5 recommends 3 × interval + 1). */
    Monitor: {
      type: 'tcp';
      interval: number;
      timeout: number;
    };
    ClaimSpec: {
      service: string;
      servicePort: number;
      /** Defaults to \{ type tcp, interval 5, timeout 16 \}. */
      monitor?: components['schemas']['Monitor'];
      /**
       * Pairs only; the cross-connect Service's port is the claim's servicePort instead of the remote VIP port.
       * @defaultValue false
       */
      overrideServicePort: boolean;
    };
    TransportServerClaimManifest: {
      apiVersion: 'porter.devops.gov.bc.ca/v1alpha1';

      kind: 'TransportServerClaim';
      metadata: {
        name: components['schemas']['DnsLabel'];
        namespace?: components['schemas']['DnsLabel'];
        annotations?: {
          [key: string]: string;
        };
      };
      spec: components['schemas']['ClaimSpec'];
    };
    /** A claim's identity. */
    ClaimId: {
      cluster: string;
      namespace: string;
      name: string;
    };
    /** One VIP:port in one cluster, held by a claim. */
    Allocation: {
      cluster: string;
      address: string;
      port: number;
      serviceType: components['schemas']['ServiceType'];
    };
    ClaimStatus: {
      /** One per realising cluster (standalone 1, pair 2), the claim's own cluster first. */
      allocations: components['schemas']['Allocation'][];
      /** Per realising cluster, as last observed (after an apply, or by the reconciler); own cluster first. */
      sides: components['schemas']['ClaimSide'][];
    };
    Claim: {
      cluster: string;
      namespace: string;
      name: string;
      /** The catalog entity this claim was made for, when known. */
      entityRef?: string;
      spec: WithRequired<
        components['schemas']['ClaimSpec'],
        'service' | 'servicePort' | 'monitor' | 'overrideServicePort'
      >;
      status: components['schemas']['ClaimStatus'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ClaimPage: {
      items: components['schemas']['Claim'][];
      /** Set while more claims may follow. */
      nextCursor?: string;
    };
    /** The TransportServer's status as the load-balancer controller (F5 CIS) reports it. */
    TransportServerStatus: {
      status?: string;
      error?: string;
      lastUpdated?: string;
    };
    /** A cross-connect Service in a pair side, pointing at the other side's VIP. */
    CrossConnect: {
      name: string;
      /** The port clients in this cluster connect to. */
      port: number;
      /** The remote VIP:port the Endpoints point at. */
      endpoint: string;
    };
    ClaimSide: {
      cluster: string;
      phase: components['schemas']['SidePhase'];
      /** What is wrong, each a sentence a person can act on; empty when Ready. */
      reasons: string[];
      address?: string;
      port?: number;
      transportServer?: components['schemas']['TransportServerStatus'];
      crossConnects?: components['schemas']['CrossConnect'][];
      /** Information that needs no action, e.g. who owns a legacy cross-connect name. */
      notes?: string[];
      /**
       * Format: date-time
       * When Porter last looked at this side.
       */
      observedAt: string;
    };
    /** Port usage of one cluster. */
    PoolUsage: {
      cluster: string;
      ports: components['schemas']['PortRange'];
      total: number;
      allocated: number;
      retained: number;
      free: number;
      addresses: components['schemas']['AddressPools'];
    };
    ServicePort: {
      name?: string;
      port: number;
      protocol: string;
    };
    /** A Service a claim could target. */
    ServiceSummary: {
      name: string;
      type: string;
      ports: components['schemas']['ServicePort'][];
      selector?: {
        [key: string]: string;
      };
    };

    PolicyVerdictKind:
      | 'allowed'
      | 'open'
      | 'blocked'
      | 'partial'
      | 'no-pods'
      | 'error';
    /** How F5 traffic fares at one pod the Service selects. */
    PodVerdict: {
      name: string;
      /** Running and Ready, and not being deleted. */
      ready: boolean;
      /** Ready and has the target port: Kubernetes sends it the Service's traffic. */
      serving: boolean;
      /** The container port the Service's traffic reaches on this pod, if it has one. */
      targetPort?: number;
      /** Selected by a NetworkPolicy of type Ingress. */
      isolated: boolean;
      /** The NetworkPolicies of type Ingress that select the pod. */
      isolatedBy: string[];
      /** F5 traffic reaches the pod's target port (always true when not isolated). */
      allowed: boolean;
      /** The NetworkPolicies with a rule that admits F5 traffic. */
      allowedBy: string[];
      reason: string;
    };
    PolicyVerdict: {
      kind: components['schemas']['PolicyVerdictKind'];
      /** One sentence a person can act on. */
      summary: string;
      /** Policies that admit F5 traffic to a serving pod (union over pods). */
      allowedBy: string[];
      pods: components['schemas']['PodVerdict'][];
      /** Pods the Service selects that are not ready, so receive no traffic. */
      notReady: string[];
      /** Further observations, each a sentence. */
      notes: string[];
      /** For blocked and partial, the allow-from-f5-ingress NetworkPolicy that admits F5 traffic (the claimed port, TCP only). */
      fix?: components['schemas']['KubernetesObject'];
      /** Pods the fix would isolate that accept all traffic now; applying it then needs confirmIsolation. */
      wouldIsolate?: string[];
    };
    /** Whether the load balancer reaches the claim's pods in one cluster. */
    PolicySide: {
      cluster: string;
      verdict?: components['schemas']['PolicyVerdict'];
      /** Set when the cluster could not be asked. */
      error?: string;
    };
    /** What applying the proposed NetworkPolicy did in one cluster. */
    PolicyApplyResult: {
      cluster: string;
      /** Name of the NetworkPolicy written. */
      applied?: string;
      /** Why nothing was written there. */
      error?: string;
    };
    /** A TCP connect from the backend to one side's VIP:port. */
    ProbeResult: {
      cluster: string;
      address: string;
      port: number;
      ok: boolean;
      latencyMs: number;
      error?: string;
      /** The same test, for a person to run. */
      commands: string[];
    };
    /**
     * Who decides where a user may write and look inside a namespace (porter.authorization.namespaceAccess).
     */
    NamespaceAccessMode: 'cluster' | 'catalog';
    /** Settings that apply to every cluster. */
    PorterSettings: {
      /** Days a deleted claim's ports stay reserved for its namespace/Service/port. */
      retentionDays: number;
      /** Most claims per namespace per cluster. */
      quotaPerNamespace: number;
      /** Most ports a namespace may hold (allocated + retained) per cluster. */
      portsPerNamespace: number;
      namespaceAccess: components['schemas']['NamespaceAccessMode'];
    };
    AccessAnswer: {
      allowed: boolean;
      /** A sentence, what allowed it, or what is missing and whom to ask. */
      reason: string;
    };
    /** What the caller may do in one namespace of one cluster. */
    NamespaceAccess: {
      cluster: string;
      namespace: string;
      decidedBy: components['schemas']['NamespaceAccessMode'];
      /** The cluster user and groups Porter asked the cluster about (decidedBy cluster). */
      clusterIdentity?: {
        user: string;
        groups: string[];
      };
      /** Create, change and delete claims here (for a pair's primary, in both clusters). */
      createClaims: components['schemas']['AccessAnswer'];
      /** List the namespace's Services. */
      listServices: components['schemas']['AccessAnswer'];
      /** Read the namespace's NetworkPolicies. */
      listNetworkPolicies: components['schemas']['AccessAnswer'];
    };
    /** A dry run of an apply, what the claim, its ports and its objects would be; nothing was written. */
    ClaimPreview: {
      claim: components['schemas']['Claim'];
      /** Whether applying would create the claim. */
      created: boolean;
      manifests: components['schemas']['ClaimManifests'];
    };
    /**
     * Deletions the reconciler held back in a cluster: a pass would have deleted more of
     *     Porter's objects, of claims this database has no record of, than
     *     porter.reconcile.deletionGuard allows (e.g. an empty or wrong database pointed at live
     *     clusters). Nothing is deleted there until an administrator confirms or the condition clears.
     */
    DeletionGuardStatus: {
      cluster: string;

      holding: true;
      /** Objects the last pass would have deleted. */
      wouldDelete: number;
      /** This portal's objects in the cluster then. */
      total: number;
      reason: string;
      /** The objects (Kind/namespace/name), the first 50. */
      objects: string[];
      /**
       * Format: date-time
       * When the guard first held.
       */
      since: string;
      /**
       * Format: date-time
       * The last pass that held.
       */
      observedAt: string;
      /** An administrator's confirmation; the next pass may delete up to this many of them. */
      confirmed?: {
        by?: string;
        /** Format: date-time */
        at: string;
        objects: number;
      };
    };
    /** Something the reconciler could not do and a person should know. */
    ReconcileFinding: {
      kind: 'adoption' | 'port-range' | 'address' | 'pair';
      cluster: string;
      namespace: string;
      /** The claim or TransportServerClaim it is about. */
      name: string;
      message: string;
      /** Format: date-time */
      observedAt: string;
    };
    /** One address of a cluster's pools and the ports held on it. */
    AddressUsage: {
      serviceType: components['schemas']['ServiceType'];
      address: string;
      allocated: number;
      retained: number;
    };
    ClusterUsage: components['schemas']['PoolUsage'] & {
      role: components['schemas']['ClusterRole'];
      pools: components['schemas']['AddressUsage'][];
    };
    /** Claims in one namespace of one cluster, against the quota. */
    NamespaceUsage: {
      cluster: string;
      namespace: string;
      claims: number;
      quota: number;
    };
    /** A claim's side that is Degraded or in Error. */
    BrokenSide: {
      cluster: string;
      namespace: string;
      name: string;
      entityRef?: string;
      /** The cluster whose side is broken. */
      side: string;

      phase: 'Degraded' | 'Error';
      reasons: string[];
      /** Format: date-time */
      observedAt: string;
    };
    /** What a platform administrator sees. */
    AdminOverview: {
      clusters: components['schemas']['ClusterUsage'][];
      /** Claims per namespace and cluster, fullest first, against the quota. */
      namespaces: components['schemas']['NamespaceUsage'][];
      /** Clusters where the reconciler holds deletions back until an administrator confirms. */
      deletionGuards: components['schemas']['DeletionGuardStatus'][];
      /** What the reconciler could not do (adoptions refused, ports outside a shrunk range, addresses outside the pools, pair sides). */
      findings: components['schemas']['ReconcileFinding'][];
      /** Sides that are Degraded or in Error, most recently observed first. */
      problems: components['schemas']['BrokenSide'][];
    };
    ClusterSummary: {
      name: string;
      role: components['schemas']['ClusterRole'];
      /** For a primary its secondary; for a secondary its primary. */
      peer?: string;
      ports: components['schemas']['PortRange'];
      addresses: components['schemas']['AddressPools'];
      /** Service type assumed for targets until the cluster reports the real one. */
      defaultServiceType: components['schemas']['ServiceType'];
      /** Whether target Services must be NodePort here. */
      requireNodePort: boolean;
      /** Set while the reconciler holds deletions back in this cluster. */
      deletionGuard?: components['schemas']['DeletionGuardStatus'];
    };
    /** A Kubernetes object as Porter plans to write it. */
    KubernetesObject: {
      apiVersion: string;
      kind: string;
      metadata: {
        name: string;
        namespace?: string;
        labels?: {
          [key: string]: string;
        };
        annotations?: {
          [key: string]: string;
        };
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** The objects a claim's plan writes, per cluster. */
    ClaimManifests: {
      items: {
        cluster: string;
        objects: components['schemas']['KubernetesObject'][];
      }[];
    };

    ClaimEventType:
      | 'created'
      | 'updated'
      | 'deleted'
      | 'allocated'
      | 'reused'
      | 'retained'
      | 'released'
      | 'adopted'
      | 'readdressed'
      | 'policy-applied';
    ClaimEvent: {
      type: components['schemas']['ClaimEventType'];
      /** Format: date-time */
      at: string;
      /** Entity ref of the user or service that caused it. */
      actor?: string;
      message: string;
      data?: {
        [key: string]: unknown;
      };
    };
    Error: {
      error: {
        name: string;
        message: string;
      };
      response?: {
        statusCode?: number;
      };
    };
  };
  responses: {
    /** Created. */
    ClaimCreated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Claim'];
      };
    };
    /** Updated, or unchanged. */
    ClaimUpdated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Claim'];
      };
    };
    /** Invalid input; the message names the field and the rule. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** No valid Backstage token. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** The cluster's RBAC does not let the caller do this in the namespace (the message names the missing permission), or the permission policy does not allow it, or the namespace is not bound to the entity, or the namespace quota or port budget is used up. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** Unknown cluster or claim. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** The Service port is already claimed, or another claim could have the same object names (the message names it), or the cluster's port range is exhausted, or a NetworkPolicy fix would isolate open pods without confirmIsolation. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** Over a rate limit; the message says which and when to try again. */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** The cluster could not be reached, or could not be asked whether the caller may act there. */
    Unavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    cluster: components['schemas']['DnsLabel'];
    namespace: components['schemas']['DnsLabel'];
    name: components['schemas']['DnsLabel'];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
/**
 * The document's $defs (it has none).
 *
 * @public
 */
export type $defs = Record<string, never>;
/**
 * Every operation of Porter's API, by operationId.
 *
 * @public
 */
export interface operations {
  listClusters: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The clusters. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ClusterSummary'][];
            settings: components['schemas']['PorterSettings'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listPools: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Usage per cluster. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PoolUsage'][];
          };
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  getAdminOverview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The overview. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminOverview'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  confirmDeletionGuard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          objects: number;
        };
      };
    };
    responses: {
      /** The guard with the confirmation; the next pass deletes and clears it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeletionGuardStatus'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listServices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The Services, by name. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ServiceSummary'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      503: components['responses']['Unavailable'];
    };
  };
  getNamespaceAccess: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The answers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NamespaceAccess'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listClaims: {
    parameters: {
      query?: {
        cluster?: string;
        namespace?: string;
        /** e.g. component:default/yourservice (case-insensitive) */
        entityRef?: string;
        /** Claims per page. */
        limit?: number;
        /** The `nextCursor` of the previous page, unchanged. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The claims the caller may read. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
    };
  };
  applyManifest: {
    parameters: {
      query?: {
        namespace?: string;
        entityRef?: string;
      };
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example apiVersion: porter.devops.gov.bc.ca/v1alpha1
         *     kind: TransportServerClaim
         *     metadata:
         *       name: yourservice-tsc
         *       namespace: yourlicenceplate-dev
         *     spec:
         *       monitor: \{ interval: 10, timeout: 10, type: tcp \}
         *       service: yourservice
         *       servicePort: 8000
         */
        'application/yaml': string;
        'application/json': components['schemas']['TransportServerClaimManifest'];
      };
    };
    responses: {
      200: components['responses']['ClaimUpdated'];
      201: components['responses']['ClaimCreated'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The claim. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Claim'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  applyClaim: {
    parameters: {
      query?: {
        dryRun?: 'true' | 'false';
      };
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          spec: components['schemas']['ClaimSpec'];
          /** @example component:default/yourservice */
          entityRef?: string;
        };
      };
    };
    responses: {
      /** Updated or unchanged (a Claim); with dryRun=true, a ClaimPreview. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['Claim']
            | components['schemas']['ClaimPreview'];
        };
      };
      201: components['responses']['ClaimCreated'];
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  deleteClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getClaimManifests: {
    parameters: {
      query?: {
        format?: 'json' | 'yaml';
      };
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The planned objects. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimManifests'];
          'application/yaml': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getClaimHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ClaimEvent'][];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getClaimPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** One entry per realising cluster. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PolicySide'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      503: components['responses']['Unavailable'];
    };
  };
  applyClaimPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** Apply only in these clusters (each must realise the claim); all of them when left out. */
          clusters?: string[];
          /** Apply even where the fix isolates pods that accept all traffic now (the verdict's wouldIsolate). */
          confirmIsolation?: boolean;
        };
      };
    };
    responses: {
      /** What was applied per cluster. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PolicyApplyResult'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      503: components['responses']['Unavailable'];
    };
  };
  testClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: components['parameters']['cluster'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** One probe per realising cluster. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ProbeResult'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
    };
  };
}
/**
 * `T` with the properties `K` made required.
 *
 * @public
 */
export type WithRequired<T, K extends keyof T> = T & {
  [P in K]-?: T[P];
};
