import { useApi } from '@backstage/core-plugin-api';
import type { ClaimEvent, ClaimId } from '@internal/plugin-porter-common';
import useAsync from 'react-use/esm/useAsync';
import { porterApiRef } from '../api';

/**
 * A claim's events, newest first. `revision` reloads them: pass something
 * that changes when the claim does (its `updatedAt`, a counter bumped after
 * applying a policy).
 */
export function useClaimHistory(id: ClaimId, revision: string) {
  const api = useApi(porterApiRef);
  const { cluster, namespace, name } = id;
  return useAsync(async (): Promise<ClaimEvent[]> => {
    const { items } = await api.getHistory({ cluster, namespace, name });
    // The API lists them oldest first; the same instant keeps the API's order, reversed.
    return items
      .map((event, index) => ({ event, index }))
      .sort(
        (a, b) =>
          Date.parse(b.event.at) - Date.parse(a.event.at) || b.index - a.index,
      )
      .map(({ event }) => event);
    // `revision` is not read, only watched: it reloads the history when the claim changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, cluster, namespace, name, revision]);
}
