import { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The sandbox's fixtures (examples/sandbox), so tests and `./dev start` see the same clusters. */
export function seedSandboxFixtures(emulator: KubernetesApiEmulator) {
  const dir = join(__dirname, '..', '..', '..', '..', 'examples', 'sandbox');
  for (const cluster of ['silver', 'gold', 'golddr']) {
    // `<cluster>.yaml`, then `<cluster>.*.yaml` (e.g. silver.rbac.yaml), as the sandbox reads them.
    const files = readdirSync(dir)
      .filter(f => f.startsWith(`${cluster}.`) && f.endsWith('.yaml'))
      .sort(
        (a, b) =>
          Number(b === `${cluster}.yaml`) - Number(a === `${cluster}.yaml`) ||
          a.localeCompare(b),
      );
    for (const file of files) {
      const objects = parseAllDocuments(readFileSync(join(dir, file), 'utf8'))
        .map(d => d.toJS())
        .filter(Boolean);
      emulator.cluster(cluster).seed(objects);
    }
  }
}
