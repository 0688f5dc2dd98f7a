import { useApi } from '@backstage/core-plugin-api';
import type { ClaimId } from '@internal/plugin-porter-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { porterApiRef } from '../api';

/**
 * The NetworkPolicy check of a claim, on demand: `check` asks for the
 * verdict per cluster; `apply(cluster)` applies the proposed policy in that
 * cluster only, then checks again.
 */
export function usePolicyCheck(id: ClaimId) {
  const api = useApi(porterApiRef);
  const { cluster, namespace, name } = id;
  const [policy, check] = useAsyncFn(
    () => api.getPolicy({ cluster, namespace, name }),
    [api, cluster, namespace, name],
  );
  const [applied, apply] = useAsyncFn(
    async (target: string) => {
      const { items } = await api.applyPolicyFix(
        { cluster, namespace, name },
        { clusters: [target] },
      );
      await check();
      return items;
    },
    [api, cluster, namespace, name, check],
  );
  return { policy, check, applied, apply };
}
