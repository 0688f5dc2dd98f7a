import { useApi } from '@backstage/core-plugin-api';
import type { ClaimId } from '@internal/plugin-porter-common';
import useAsync from 'react-use/esm/useAsync';
import { porterApiRef } from '../api';

/** The objects a claim's plan writes, per cluster (what deleting it removes). */
export function useClaimManifests(id: ClaimId) {
  const api = useApi(porterApiRef);
  const { cluster, namespace, name } = id;
  return useAsync(
    () => api.getManifests({ cluster, namespace, name }),
    [api, cluster, namespace, name],
  );
}
