import type { ClaimManifests } from '@internal/plugin-porter-common';
import { stringify } from 'yaml';

/** Multi-document YAML, each object headed by the cluster it belongs in, ready for `oc apply -f`. */
export function manifestsToYaml(manifests: ClaimManifests): string {
  return manifests.items
    .flatMap(({ cluster, objects }) =>
      objects.map(object => `# cluster: ${cluster}\n${stringify(object)}`),
    )
    .join('---\n');
}
