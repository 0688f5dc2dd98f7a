import {
  createEmulatorCertificates,
  emulatorKubeconfig,
  pemToData,
} from '@internal/kubernetes-api-emulator';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export interface SandboxCluster {
  name: string;
  port: number;
  token?: string;
}

/** The files `./dev start` writes into the git-ignored `.sandbox/` folder. */
export const SANDBOX_FILES = {
  /** PEM of the CA that signed the emulated clusters' certificate. */
  caCert: 'ca.crt',
  /** The same CA, base64 (app-config `caData: { $file: .sandbox/ca.data }`). */
  caData: 'ca.data',
  /** The certificate and key every emulated cluster serves (porterSandbox.tls). */
  cert: 'tls.crt',
  key: 'tls.key',
  /** kubectl: one context per sandbox cluster. */
  kubeconfig: 'kubeconfig',
} as const;

/** `porterSandbox.clusters` from an app-config file (read before the config can load). */
export function sandboxClustersFrom(appConfigYaml: string): SandboxCluster[] {
  const config = parse(appConfigYaml) ?? {};
  const clusters = config.porterSandbox?.clusters;
  if (!Array.isArray(clusters) || clusters.length === 0) {
    throw new Error('app-config has no porterSandbox.clusters to prepare');
  }
  return clusters.map((c: any) => ({
    name: String(c.name),
    port: Number(c.port),
    token: c.token === undefined ? undefined : String(c.token),
  }));
}

/** Whether something answers on a loopback port (a running sandbox). */
export function isListening(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Makes the SANDBOX's TLS material anew: a CA and a server certificate for
 * 127.0.0.1/localhost, the CA as the config's caData, and a kubeconfig with a
 * context per emulated cluster (https, certificate-authority-data, token).
 * With `keepIfRunning`, a sandbox already serving keeps the files it started
 * with (the portal would otherwise no longer match them).
 */
export async function prepareSandbox(options: {
  dir: string;
  clusters: SandboxCluster[];
  keepIfRunning?: boolean;
}): Promise<{
  kept: boolean;
  files: Record<keyof typeof SANDBOX_FILES, string>;
}> {
  const { dir, clusters } = options;
  const files = Object.fromEntries(
    Object.entries(SANDBOX_FILES).map(([k, f]) => [k, join(dir, f)]),
  ) as Record<keyof typeof SANDBOX_FILES, string>;
  if (
    options.keepIfRunning &&
    Object.values(files).every(f => existsSync(f)) &&
    (await isListening(clusters[0].port))
  ) {
    return { kept: true, files };
  }
  const certs = await createEmulatorCertificates();
  mkdirSync(dir, { recursive: true });
  writeFileSync(files.caCert, certs.ca.cert);
  writeFileSync(files.caData, pemToData(certs.ca.cert));
  writeFileSync(files.cert, certs.server.cert);
  writeFileSync(files.key, certs.server.key, { mode: 0o600 });
  const kubeconfig = emulatorKubeconfig({
    clusters: clusters.map(c => ({
      name: c.name,
      server: `https://127.0.0.1:${c.port}`,
      token: c.token,
    })),
    caCert: certs.ca.cert,
  });
  writeFileSync(
    files.kubeconfig,
    `# SANDBOX: EMULATED clusters of ./dev start, not real ones. Made anew on each start.\n${stringify(
      kubeconfig,
    )}`,
    { mode: 0o600 },
  );
  writeFileSync(
    join(dir, 'README'),
    'Made by ./dev start (yarn sandbox:prepare) for the SANDBOX: TLS material of the\n' +
      'EMULATED clusters and a kubeconfig for them. Not secret, not for real clusters;\n' +
      'made anew on each start. Try: kubectl --kubeconfig .sandbox/kubeconfig --context gold get ns\n',
  );
  return { kept: false, files };
}
