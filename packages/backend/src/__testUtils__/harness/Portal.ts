import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFixtures } from '../../sandbox/fixtures';
import { BackendProcess, freePort } from './BackendProcess';
import {
  CLUSTERS,
  EmulatedClusters,
  startEmulatedClusters,
} from './emulatedClusters';
import {
  createHarnessDatabase,
  DatabaseKind,
  HarnessDatabase,
} from './harnessDatabase';
import { portalConfig, writeConfigFile } from './portalConfig';
import { PortalClient } from './PortalClient';
import { entityRefOf, seedTenants, Tenant, tenantCatalog } from './tenants';

const EXAMPLES = resolvePackagePath('backend', '../../examples');

export interface PortalOptions {
  database: DatabaseKind;
  /** Generated namespaces and their catalog components. */
  tenants: Tenant[];
  /** Merged over the harness's `porter` config block. */
  porter?: Record<string, any>;
  /** Backend processes sharing the database (PostgreSQL for more than one). */
  replicas?: number;
  /** Keep the working directory (configs, logs) after stop(), to look into a failure; or set PORTER_HARNESS_KEEP=1. */
  keepWorkDir?: boolean;
}

/**
 * A portal under test: emulated clusters in this process (sandbox fixtures
 * plus the tenants), a database, and the real packages/backend as one or
 * more child processes, signed in as the guest. The one place the
 * benchmark and the reliability suites start from.
 */
export class Portal {
  readonly backends: Array<BackendProcess | undefined> = [];
  /** The `porter` block the backends run with. */
  porterConfig: Record<string, any> = {};
  private readonly configFiles: string[] = [];
  private readonly ports: number[] = [];
  private signedIn?: PortalClient;
  private keep: boolean;

  private constructor(
    readonly options: PortalOptions,
    readonly workDir: string,
    readonly clusters: EmulatedClusters,
    readonly database: HarnessDatabase,
  ) {
    this.keep = Boolean(options.keepWorkDir || process.env.PORTER_HARNESS_KEEP);
  }

  static async start(options: PortalOptions): Promise<Portal> {
    if ((options.replicas ?? 1) > 1 && options.database !== 'postgres') {
      throw new Error('Several backend processes need PostgreSQL');
    }
    const workDir = mkdtempSync(join(tmpdir(), 'porter-harness-'));
    const clusters = await startEmulatedClusters();
    for (const cluster of CLUSTERS) {
      clusters.emulator
        .cluster(cluster)
        .seed(readFixtures(join(EXAMPLES, 'sandbox'), cluster));
    }
    seedTenants(clusters.emulator, options.tenants);
    const database = await createHarnessDatabase(options.database);
    const portal = new Portal(options, workDir, clusters, database);
    try {
      const catalogFile = join(workDir, 'tenants.yaml');
      writeFileSync(catalogFile, tenantCatalog(options.tenants));
      for (let i = 0; i < (options.replicas ?? 1); i++) {
        const port = await freePort();
        const config = portalConfig({
          port,
          database,
          clusters,
          catalogFiles: [join(EXAMPLES, 'porter-entities.yaml'), catalogFile],
          porter: options.porter,
        });
        portal.porterConfig = config.porter;
        portal.ports.push(port);
        portal.configFiles.push(
          writeConfigFile(workDir, `backend-${i}`, config),
        );
        // One after the other: a first start creates every plugin's tables.
        await portal.startBackend(i);
      }
      const client = await portal.client();
      await client.waitForEntities([
        'user:default/guest',
        ...options.tenants.map(entityRefOf),
      ]);
      // A fresh backend runs its first pass shortly after starting.
      await client.waitForPassesToSettle();
      return portal;
    } catch (error) {
      portal.keep = true;
      await portal.stop();
      (error as Error).message += ` (configs and logs kept in ${workDir})`;
      throw error;
    }
  }

  /** The guest's client for backend `i` (signed in once, at the first backend). */
  async client(i = 0): Promise<PortalClient> {
    const backend = this.backends[i];
    if (!backend) throw new Error(`Backend ${i} is not running`);
    this.signedIn ??= await PortalClient.signIn(this.backends[0]!.url);
    return this.signedIn.at(backend.url);
  }

  /** Starts backend `i` (again) on its port and config, and waits until it is ready. */
  async startBackend(i: number): Promise<BackendProcess> {
    if (this.backends[i]?.running) throw new Error(`Backend ${i} is running`);
    const backend = BackendProcess.start({
      port: this.ports[i],
      configFiles: [this.configFiles[i]],
      logFile: join(this.workDir, `backend-${i}.log`),
    });
    this.backends[i] = backend;
    await backend.waitReady();
    return backend;
  }

  async stop(): Promise<void> {
    for (const backend of this.backends) await backend?.stop();
    await this.clusters.stop();
    await this.database.drop();
    if (!this.keep) rmSync(this.workDir, { recursive: true, force: true });
  }
}
