import { pemToData } from './certificates';

export interface KubeconfigCluster {
  /** Context, cluster and user name, e.g. `gold`. */
  name: string;
  /** e.g. `https://127.0.0.1:18082`. */
  server: string;
  token?: string;
}

/**
 * A kubeconfig (v1 Config) with one context per emulated cluster, trusting
 * the emulator's CA, for kubectl and other clients. Serialise it as YAML or
 * JSON (kubectl reads both).
 */
export function emulatorKubeconfig(options: {
  clusters: KubeconfigCluster[];
  /** The CA's PEM certificate (omit for plain-HTTP servers). */
  caCert?: string;
  currentContext?: string;
}) {
  const { clusters, caCert } = options;
  return {
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    clusters: clusters.map(c => ({
      name: c.name,
      cluster: {
        server: c.server,
        ...(caCert ? { 'certificate-authority-data': pemToData(caCert) } : {}),
      },
    })),
    users: clusters.map(c => ({
      name: c.name,
      user: c.token ? { token: c.token } : {},
    })),
    contexts: clusters.map(c => ({
      name: c.name,
      context: { cluster: c.name, user: c.name },
    })),
    'current-context': options.currentContext ?? clusters[0]?.name ?? '',
  };
}
