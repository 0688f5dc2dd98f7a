import { useApi } from '@backstage/core-plugin-api';
import type { ClaimId } from '@internal/plugin-porter-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { porterApiRef } from '../api';

/**
 * The NetworkPolicy check of a claim, on demand: `check` asks for the
 * verdict per cluster; `apply(cluster, confirmIsolation)` applies the
 * proposed policy in that cluster only, then checks again.
 * `confirmIsolation` is for a fix the person agreed may isolate pods that
 * accept all traffic now (the verdict's `wouldIsolate`); without it the
 * backend refuses such a fix (409) and writes nothing.
 */
export function usePolicyCheck(id: ClaimId) {
  const api = useApi(porterApiRef);
  const { cluster, namespace, name } = id;
  const [policy, check] = useAsyncFn(
    () => api.getPolicy({ cluster, namespace, name }),
    [api, cluster, namespace, name],
  );
  const [applied, apply] = useAsyncFn(
    async (target: string, confirmIsolation: boolean = false) => {
      const { items } = await api.applyPolicyFix(
        { cluster, namespace, name },
        { clusters: [target], confirmIsolation },
      );
      await check();
      return items;
    },
    [api, cluster, namespace, name, check],
  );
  return { policy, check, applied, apply };
}
