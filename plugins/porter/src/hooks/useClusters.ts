import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { porterApiRef } from '../api';

/** Porter's clusters (role, pair, NodePort rule) and settings (retention, quota). */
export function useClusters() {
  const api = useApi(porterApiRef);
  return useAsync(() => api.listClusters(), [api]);
}
