/**
 * `yarn sandbox:prepare [--keep-if-running]`: writes `.sandbox/` (TLS material
 * and kubeconfig of the SANDBOX's emulated clusters) before the portal starts;
 * app-config.yaml reads the CA and the certificate from there with `$file`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareSandbox, sandboxClustersFrom } from './prepareSandbox';

async function main() {
  // Run from the repository root (`yarn sandbox:prepare`), where app-config.yaml is.
  const root = process.cwd();
  const clusters = sandboxClustersFrom(
    readFileSync(join(root, 'app-config.yaml'), 'utf8'),
  );
  const { kept, files } = await prepareSandbox({
    dir: join(root, '.sandbox'),
    clusters,
    keepIfRunning: process.argv.includes('--keep-if-running'),
  });
  process.stdout.write(
    kept
      ? `Sandbox is running: kept its certificate and ${files.kubeconfig}\n`
      : `Sandbox certificate and kubeconfig written: kubectl --kubeconfig ${files.kubeconfig} --context ${clusters[0].name} get ns\n`,
  );
}

main().catch(error => {
  process.stderr.write(`sandbox:prepare failed: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
