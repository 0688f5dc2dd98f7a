import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { namespaceBindings } from '@internal/plugin-porter-common';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { targetChoices } from '../lib/targets';
import { useClusters } from './useClusters';

/**
 * The catalog entity and where it can have a claim: its namespace bindings
 * against Porter's clusters, a pair as one choice.
 */
export function useEntityTargets(entityRef?: string) {
  const catalogApi = useApi(catalogApiRef);
  const clusters = useClusters();
  const entity = useAsync(async () => {
    if (!entityRef) return undefined;
    const found = await catalogApi.getEntityByRef(entityRef);
    if (!found) {
      throw new Error(`${entityRef} is not in the catalog`);
    }
    return found;
  }, [catalogApi, entityRef]);

  const items = clusters.value?.items;
  // The same array until the entity or the clusters change: a form field
  // reacts to a change of choices.
  const choices = useMemo(
    () =>
      entity.value && items
        ? targetChoices(
            namespaceBindings(entity.value.metadata.annotations),
            items,
          )
        : undefined,
    [entity.value, items],
  );
  return {
    loading: clusters.loading || entity.loading,
    error: clusters.error ?? entity.error,
    entity: entity.value,
    clusters: items,
    choices,
  };
}
