import * as k8s from '@kubernetes/client-node';

/**
 * Test helpers for driving the emulator with the REAL @kubernetes/client-node,
 * configured the way Porter's ClusterClient configures it.
 */
export function kubeConfigFor(
  server: string,
  token = 'porter-test-token',
  cluster = 'emulated',
): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: cluster, server, skipTLSVerify: true }],
    users: [{ name: 'u', token }],
    contexts: [{ name: 'c', cluster, user: 'u' }],
    currentContext: 'c',
  });
  return kc;
}

/** The error a client call rejects with: HTTP code and the parsed Status body. */
export async function apiError(
  call: Promise<unknown>,
): Promise<{ code: number; body: any }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof k8s.ApiException) {
      const raw = error.body as unknown;
      let body: any = raw;
      if (typeof raw === 'string') {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      return { code: error.code, body };
    }
    throw error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** A Service manifest as Porter would write it. */
export function service(
  namespace: string,
  name: string,
  labels: Record<string, string> = {},
): k8s.V1Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, labels },
    spec: { ports: [{ name: 'tcp', port: 8000 }], selector: { app: name } },
  };
}

/** A TransportServer manifest (F5 CIS, cis.f5.com/v1). */
export function transportServer(
  namespace: string,
  name: string,
  spec: Record<string, unknown> = {},
  labels: Record<string, string> = {},
) {
  return {
    apiVersion: 'cis.f5.com/v1',
    kind: 'TransportServer',
    metadata: { name, namespace, labels },
    spec: {
      virtualServerAddress: '127.0.10.2',
      virtualServerPort: 8000,
      mode: 'standard',
      pool: { service: 'yourservice', servicePort: 8000 },
      ...spec,
    },
  };
}
