import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { kubernetesConfig } from '../kubernetesConfig';
import type { EmulatedClusters } from './emulatedClusters';
import type { HarnessDatabase } from './harnessDatabase';

/** Seconds between scheduled passes: a day, so passes run when the harness triggers them. */
export const RECONCILE_INTERVAL_SECONDS = 86400;

/** The catalog's users and groups: the guest, member of `guests` (owners of every tenant) and `platform-admins`. */
export const ORG_FILE = resolvePackagePath(
  'backend',
  '../../examples/org.yaml',
);

const GUEST = 'user:default/guest';

export interface PortalConfigOptions {
  port: number;
  database: HarnessDatabase;
  clusters: EmulatedClusters;
  /** Catalog files (absolute paths) besides the org. */
  catalogFiles: string[];
  /** Merged over the harness's `porter` block (quota, retention, reconcile, ...). */
  porter?: Record<string, any>;
}

/** Port ranges and pools for the three clusters; big enough for 10,000 claims. */
export const HARNESS_PORTER_CLUSTERS = {
  silver: {
    ports: { from: 30000, to: 39999 },
    addresses: { NodePort: ['127.0.10.2'], ClusterIP: ['127.0.10.1'] },
  },
  gold: {
    pairedWith: 'golddr',
    ports: { from: 40000, to: 49999 },
    addresses: { NodePort: ['127.0.20.2'] },
  },
  golddr: {
    primary: 'gold',
    ports: { from: 50000, to: 59999 },
    addresses: { NodePort: ['127.0.30.2'] },
  },
};

/**
 * The complete configuration of a harness backend: the real
 * packages/backend with every plugin, on a loopback port, the harness's
 * database, its emulated clusters, a catalog of generated components, no
 * sandbox, and the reconciler left to the harness (see PortalClient.reconcile).
 */
export function portalConfig(options: PortalConfigOptions) {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const { reconcile, ...porter } = options.porter ?? {};
  return {
    app: { baseUrl },
    backend: {
      baseUrl,
      listen: { host: '127.0.0.1', port: options.port },
      database: options.database.backendConfig,
    },
    auth: {
      providers: {
        guest: {
          userEntityRef: GUEST,
          // The same refs the catalog gives the guest, for a sign-in before the catalog has read org.yaml.
          ownershipEntityRefs: [
            GUEST,
            'group:default/guests',
            'group:default/platform-admins',
          ],
        },
      },
    },
    catalog: {
      rules: [{ allow: ['Component', 'Location', 'User', 'Group'] }],
      locations: [ORG_FILE, ...options.catalogFiles].map(target => ({
        type: 'file',
        target,
      })),
    },
    techdocs: {
      builder: 'local',
      generator: { runIn: 'local' },
      publisher: { type: 'local' },
    },
    permission: { enabled: true },
    kubernetes: {
      serviceLocatorMethod: { type: 'multiTenant' },
      ...kubernetesConfig(
        Object.entries(options.clusters.urls).map(([name, url]) => ({
          name,
          url,
          token: options.clusters.tokens[name],
        })),
      ),
    },
    porter: {
      reconcile: {
        intervalSeconds: RECONCILE_INTERVAL_SECONDS,
        ...reconcile,
      },
      // This portal's identity on the objects it writes; the bulk seeder labels with it too.
      instance: 'harness',
      // The cluster decides, as in production: the guest's RoleBindings are in tenantObjects (tenants.ts).
      authorization: { namespaceAccess: 'cluster' },
      clusters: HARNESS_PORTER_CLUSTERS,
      ...porter,
    },
    porterSandbox: { enabled: false },
  };
}

/** Writes a config to `<dir>/<name>.yaml` and returns its absolute path. */
export function writeConfigFile(
  dir: string,
  name: string,
  config: object,
): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, stringify(config));
  return path;
}
