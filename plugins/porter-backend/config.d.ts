export interface Config {
  /** Porter for Backstage: raw TCP exposure of Services through F5 TransportServers. */
  porter?: {
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
    };
    quota?: {
      /** Most claims one namespace may hold in one cluster. Default 20. */
      perNamespace?: number;
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
