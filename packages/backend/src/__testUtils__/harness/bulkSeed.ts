import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Portal } from './Portal';

/** A claim to store, as an apply would carry it (see seedClaims in porter-backend). */
export interface BulkClaim {
  cluster: string;
  namespace: string;
  name: string;
  entityRef: string;
  spec: object;
}

const PORTER_BACKEND = resolvePackagePath('@internal/plugin-porter-backend');
const SEED_COMMAND = 'src/__testUtils__/bulkSeed/seedClaimsCli.ts';

/**
 * Stores many claims at once through Porter's own stores and allocator (its
 * `seedClaimsCli` command, run in another process because those are
 * Porter's internals), then puts the objects Porter plans for them into the
 * emulated clusters, with the load balancer's `Ok` on each TransportServer:
 * the state Porter would reach by applying each claim through the API,
 * minutes faster. Stop the backends first on SQLite (one writer at a time).
 */
export async function seedClaimsInBulk(
  portal: Portal,
  claims: BulkClaim[],
): Promise<{ durationMs: number; objects: number }> {
  const started = Date.now();
  const requestFile = join(portal.workDir, 'bulk-seed-request.json');
  const output = join(portal.workDir, 'bulk-seed-result.json');
  writeFileSync(
    requestFile,
    JSON.stringify({
      database: portal.database.porterKnexConfig,
      porter: portal.porterConfig,
      claims,
      output,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        SEED_COMMAND,
        requestFile,
      ],
      { cwd: PORTER_BACKEND, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', chunk => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('exit', code =>
      code === 0
        ? resolve()
        : reject(new Error(`Bulk seeding failed (exit ${code}):\n${stderr}`)),
    );
  });
  const result = JSON.parse(readFileSync(output, 'utf8')) as {
    objects: Record<string, any[]>;
  };
  let objects = 0;
  for (const [cluster, list] of Object.entries(result.objects)) {
    for (const object of list) {
      if (object.kind === 'TransportServer') {
        object.status = {
          status: 'Ok',
          vsAddress: object.spec.virtualServerAddress,
          lastUpdated: new Date().toISOString(),
        };
      }
    }
    portal.clusters.emulator.cluster(cluster).seed(list);
    objects += list.length;
  }
  return { durationMs: Date.now() - started, objects };
}
