import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { isPorterAvailable } from '../isPorterAvailable';

/**
 * The catalog's components bound to a Kubernetes namespace (the only ones
 * Porter can make claims for), as sorted entity refs. With `enabled` false
 * the catalog is not asked and the value stays undefined.
 */
export function useBoundComponents(enabled: boolean = true) {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<string[] | undefined> => {
    if (!enabled) return undefined;
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Component' },
      // Only what the filter and the ref need: the catalog may be large.
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.annotations',
      ],
    });
    return items
      .filter(isPorterAvailable)
      .map(e => stringifyEntityRef(e))
      .sort();
  }, [catalogApi, enabled]);
}
