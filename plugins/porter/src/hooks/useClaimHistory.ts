import { useApi } from '@backstage/core-plugin-api';
import type { ClaimEvent, ClaimId } from '@internal/plugin-porter-common';
import { useEffect } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { porterApiRef } from '../api';
import { newestFirst } from '../lib/newestFirst';

/**
 * A claim's events, newest first. `revision` reloads them: pass something
 * that changes when the claim does (its `updatedAt`, a counter bumped after
 * applying a policy).
 */
export function useClaimHistory(id: ClaimId, revision: string) {
  const api = useApi(porterApiRef);
  const { cluster, namespace, name } = id;
  // useAsync's shape, loading from the start, but loaded by the effect below.
  const [state, load] = useAsyncFn(
    async (): Promise<ClaimEvent[]> => {
      const { items } = await api.getHistory({ cluster, namespace, name });
      // The API lists them oldest first: reversed, the same instant keeps
      // that reversed order.
      return newestFirst([...items].reverse(), event => event.at);
    },
    [api, cluster, namespace, name],
    { loading: true },
  );
  // `revision` is not read, only watched: an effect may depend on what it
  // does not read, so the history reloads when the claim changes.
  useEffect(() => {
    load();
  }, [load, revision]);
  return state;
}
