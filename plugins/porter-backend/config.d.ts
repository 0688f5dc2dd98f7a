export interface Config {
  /** Porter for Backstage: raw TCP exposure of Services through F5 TransportServers. */
  porter?: {
    /**
     * This portal's identity, written as the label porter.devops.gov.bc.ca/instance
     * on every object Porter writes. The reconciler repairs and deletes only
     * objects with Porter's labels and this identity, so two portals on the
     * same clusters never touch each other's objects. A Kubernetes label value
     * (at most 63 characters). Default: the host and port of backend.baseUrl;
     * set it so a URL change does not change it.
     */
    instance?: string;
    /** Who may write where, and look inside which namespaces. */
    authorization?: {
      /**
       * `cluster` (default): the cluster decides. Porter's service account asks
       * it (SubjectAccessReview) whether the user's cluster identity may create
       * transportserverclaims.porter.devops.gov.bc.ca in the namespace (every
       * write; for a pair in both clusters), list services (the Services
       * picker) or list networkpolicies (the policy check). Porter's service
       * account needs `create subjectaccessreviews` (e.g. the ClusterRole
       * system:auth-delegator).
       * `catalog`: an entity bound to the namespace by annotation, which the
       * user may write for, is enough; only for portals whose catalog is trusted.
       */
      namespaceAccess?: 'cluster' | 'catalog';
      /** How a portal user maps to the user and groups a SubjectAccessReview names. */
      clusterIdentity?: {
        /** Annotation on the User entity naming the cluster user; wins when set. Default porter.devops.gov.bc.ca/cluster-user. */
        userAnnotation?: string;
        /** Cluster user from the user's entity ref: {{name}}, {{namespace}}, {{kind}}. Default '{{name}}' (user:default/alice → alice), e.g. '{{name}}@github'. */
        userTemplate?: string;
        /** Cluster group from each of the user's catalog groups (ownership refs of kind group); '' sends none. Default '{{name}}'. */
        groupTemplate?: string;
      };
      /**
       * Seconds an answer about a caller is reused (0–600): the cluster's
       * (SubjectAccessReview), the permission policy's, and the caller's
       * reads of catalog entities. Default 30.
       */
      cacheSeconds?: number;
    };
    /** How long a released port stays reserved for the same namespace/Service/port. */
    retention?: {
      /** Days; 0 frees ports as soon as their claim is deleted. Default 30. */
      days?: number;
    };
    reconcile?: {
      /** Seconds between reconciler passes over every claim and cluster. Default 60. */
      intervalSeconds?: number;
      /** Milliseconds to wait for a cluster's API before calling it unavailable. Default 10000. */
      clusterTimeoutMs?: number;
      /**
       * Porter keeps each cluster's objects in view with list + watch; a watch
       * that fails is retried after 1 s, doubling up to this many
       * milliseconds. Default 30000.
       */
      watchRetryMaxMs?: number;
      /**
       * A pass deletes nothing in a cluster when it would delete more of
       * Porter's objects, of claims this database has no record of deleting,
       * than either limit allows (e.g. an empty or wrong database pointed at
       * live clusters). It reports it (GET /clusters, the administrators'
       * overview) until an administrator confirms or the condition clears.
       */
      deletionGuard?: {
        /** Most such objects one pass may delete in one cluster. Default 10. */
        maxObjects?: number;
        /** Largest share (0–1] of Porter's objects in a cluster one pass may delete that way. Default 0.5. */
        maxShare?: number;
      };
    };
    quota?: {
      /** Most claims one namespace may hold in one cluster. Default 20. */
      perNamespace?: number;
      /**
       * Most ports one namespace may hold in one cluster, allocated and
       * retained (a claim whose servicePort changes keeps its old port for the
       * retention window). Default: 40, or twice perNamespace when that is more.
       */
      portsPerNamespace?: number;
    };
    /** The TCP test (POST …/claims/{name}/test). */
    probe?: {
      /** Longest wait for a connection in seconds (1–30), whatever the claim's monitor.timeout. Default 5. */
      timeoutSeconds?: number;
      /** Tests one user may run per minute (per backend replica). Default 10. */
      perUserPerMinute?: number;
    };
    /** The clusters Porter manages, by Porter's name for them (e.g. silver, gold, golddr). */
    clusters: {
      [name: string]: {
        /** Name of the cluster in `kubernetes.clusterLocatorMethods`; defaults to this key. */
        kubernetesCluster?: string;
        /** Set on a pair's primary (Gold): the name of its secondary (GoldDR). */
        pairedWith?: string;
        /** Set on a pair's secondary (GoldDR): the name of its primary (Gold). */
        primary?: string;
        /** Range of virtual server ports Porter allocates from, inclusive. */
        ports: { from: number; to: number };
        /** VIP address pools per target Service type. */
        addresses: {
          ClusterIP?: string[];
          NodePort?: string[];
        };
        /** Whether target Services must be NodePort; a ClusterIP target is then reported as an Error. Default false. */
        requireNodePort?: boolean;
        /** Service type assumed until the cluster reports the real one. Default NodePort. */
        defaultServiceType?: 'ClusterIP' | 'NodePort';
      };
    };
  };
}
