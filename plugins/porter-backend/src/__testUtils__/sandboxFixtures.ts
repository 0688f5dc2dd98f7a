import { KubernetesApiEmulator } from '@internal/kubernetes-api-emulator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The sandbox's fixtures (examples/sandbox), so tests and `./dev start` see the same clusters. */
export function seedSandboxFixtures(emulator: KubernetesApiEmulator) {
  const dir = join(__dirname, '..', '..', '..', '..', 'examples', 'sandbox');
  for (const cluster of ['silver', 'gold', 'golddr']) {
    const objects = parseAllDocuments(
      readFileSync(join(dir, `${cluster}.yaml`), 'utf8'),
    )
      .map(d => d.toJS())
      .filter(Boolean);
    emulator.cluster(cluster).seed(objects);
  }
}
