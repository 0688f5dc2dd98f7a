import { useApi } from '@backstage/core-plugin-api';
import type { ClaimId } from '@internal/plugin-porter-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { porterApiRef } from '../api';

/** A TCP connect from the backend to each side's VIP:port, on demand. */
export function useConnectionTest(id: ClaimId) {
  const api = useApi(porterApiRef);
  const { cluster, namespace, name } = id;
  return useAsyncFn(
    () => api.testClaim({ cluster, namespace, name }),
    [api, cluster, namespace, name],
  );
}
