import net from 'node:net';
import type { EmulatedCluster } from '../cluster/EmulatedCluster';
import { Backend } from './tcpForwarder';

/**
 * Where a Service's traffic goes in the sandbox. There are no pods to route
 * to, so the Service names a local TCP server with this annotation.
 */
export const SANDBOX_BACKEND_ANNOTATION =
  'sandbox.porter.devops.gov.bc.ca/backend';

/**
 * The sandbox stays on this machine: listeners and backends are loopback
 * addresses only (127.0.0.0/8, ::1), never an address on a real network.
 */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return net.isIPv4(host) && host.startsWith('127.');
}

/** `127.0.0.1:18800` or `[::1]:18800` to a backend, or an explanation. */
export function parseBackend(value: string): Backend | string {
  const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(value.trim());
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535) {
    return `annotation ${SANDBOX_BACKEND_ANNOTATION} must be "host:port", got "${value}"`;
  }
  if (!isLoopback(m[1])) {
    return `sandbox backend ${value} is not a loopback address; the sandbox only forwards to 127.0.0.0/8 or ::1`;
  }
  return { host: m[1], port };
}

/** The backend of Service `namespace/name`, or why there is none. */
export function resolveSandboxBackend(
  cluster: EmulatedCluster,
  namespace: string,
  serviceName: unknown,
): Backend | string {
  if (typeof serviceName !== 'string' || serviceName === '') {
    return 'spec.pool.service is not set';
  }
  const service = cluster.get('services', namespace, serviceName);
  if (!service) {
    return `Service ${namespace}/${serviceName} not found in cluster ${cluster.name}`;
  }
  const value = service.metadata?.annotations?.[SANDBOX_BACKEND_ANNOTATION];
  if (typeof value !== 'string') {
    return `Service ${namespace}/${serviceName} has no ${SANDBOX_BACKEND_ANNOTATION} annotation naming its sandbox backend`;
  }
  return parseBackend(value);
}
