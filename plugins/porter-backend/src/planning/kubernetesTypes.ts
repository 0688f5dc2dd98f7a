import type { LabelSelector } from './labelSelectors';

/**
 * The parts of Pods, Services and NetworkPolicies that Porter reads, as the
 * API server's JSON: the one set of these types in the backend.
 *
 * Not client-node's V1Pod, V1Service and V1NetworkPolicy: those type
 * client-node's model classes, not the JSON (a NetworkPolicy rule's `from`
 * is `_from` there, and timestamps are Dates), while ClusterClient and the
 * cluster views hand Porter the JSON (see clusters/wireFormat.ts). Only the
 * fields Porter uses are typed; the objects may carry more.
 */

/** Whether a port's protocol is TCP: Kubernetes takes TCP when it is absent. */
export const isTcp = (protocol: string | undefined) =>
  (protocol ?? 'TCP') === 'TCP';

/** spec.containers[].ports[] of a Pod. */
export interface ContainerPort {
  name?: string;
  containerPort: number;
  /** TCP, UDP or SCTP; Kubernetes defaults it to TCP. */
  protocol?: string;
}

/** A Pod: its labels (what selects it), its container ports (what names its ports) and its readiness. */
export interface Pod {
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    /** Set once the pod is being deleted (an RFC 3339 time). */
    deletionTimestamp?: string;
  };
  spec?: { containers?: Array<{ name?: string; ports?: ContainerPort[] }> };
  status?: {
    phase?: string;
    conditions?: Array<{ type: string; status: string }>;
  };
}

/** spec.ports[] of a Service. */
export interface ServicePort {
  name?: string;
  port: number;
  /** A port number or the name of a container port on the selected pods; absent means `port`. */
  targetPort?: number | string;
  /** TCP, UDP or SCTP; Kubernetes defaults it to TCP. */
  protocol?: string;
}

/** A Service: its type (which address pool exposes it), its selector and its ports. */
export interface Service {
  metadata: { name: string; namespace: string };
  spec: {
    /** ClusterIP when absent. */
    type?: string;
    /** Absent or empty: Kubernetes picks no pods for it. */
    selector?: Record<string, string>;
    ports?: ServicePort[];
  };
}

/** spec.ingress[].ports[] of a NetworkPolicy. */
export interface NetworkPolicyPort {
  /** TCP, UDP or SCTP; Kubernetes defaults it to TCP. */
  protocol?: string;
  /** A port number or the name of a container port on the selected pods; absent means all ports. */
  port?: number | string;
  /** With a numeric port, the last port of the range port..endPort. */
  endPort?: number;
}

/** spec.ingress[].from[] of a NetworkPolicy. */
export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

/** spec.ingress[] of a NetworkPolicy. */
export interface NetworkPolicyIngressRule {
  /** Absent or empty: traffic from any source. */
  from?: NetworkPolicyPeer[];
  /** Absent or empty: traffic to any port. */
  ports?: NetworkPolicyPort[];
}

/** A NetworkPolicy (networking.k8s.io/v1). */
export interface NetworkPolicy {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
  };
  spec: {
    /** Required by Kubernetes; an empty selector selects every pod in the namespace. */
    podSelector?: LabelSelector;
    /** Absent: Ingress, plus Egress when the policy has egress rules. */
    policyTypes?: string[];
    ingress?: NetworkPolicyIngressRule[];
    egress?: unknown[];
  };
}
