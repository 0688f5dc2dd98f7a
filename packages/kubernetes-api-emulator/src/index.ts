/**
 * @internal/kubernetes-api-emulator: an EMULATOR of the Kubernetes API subset
 * Porter uses, and a sandbox stand-in for the load-balancer controller. For
 * tests and the local sandbox only; it is not a Kubernetes cluster.
 */
export { KubernetesApiEmulator } from './KubernetesApiEmulator';
export type { KubernetesApiEmulatorOptions } from './KubernetesApiEmulator';
export { EmulatedCluster, ClusterDownError } from './cluster/EmulatedCluster';
export type {
  EmulatorRequest,
  EmulatorResponse,
  RequestLogEntry,
} from './cluster/EmulatedCluster';
export { EmulatedFaults } from './cluster/faults';
export type { FaultMatch } from './cluster/faults';
export type {
  WatchEvent,
  WatchEventType,
  WatchListener,
} from './cluster/ObjectStore';
export type { EmulatorServer } from './transports/httpServer';
export { RESOURCE_TYPES } from './api/resources';
export type { ResourceType } from './api/resources';
export type { Status, StatusDetails, StatusCause } from './api/status';
export { startLoadBalancerStandIn } from './lb/loadBalancerStandIn';
export type {
  LoadBalancerStandIn,
  StandInLogger,
} from './lb/loadBalancerStandIn';
export { SANDBOX_BACKEND_ANNOTATION } from './lb/sandboxBackend';
export { startEchoServer } from './lb/echoServer';
export type { EchoServer } from './lb/echoServer';
export { authorize, EMULATED_TOKEN_IDENTITY } from './rbac';
export type { AccessDecision, AccessRequest, RbacObjects } from './rbac';
