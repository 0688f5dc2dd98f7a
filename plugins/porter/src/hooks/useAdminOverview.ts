import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { porterApiRef } from '../api';

/** The administrators' overview (`GET /admin/overview`), with `retry` to load it again. */
export function useAdminOverview() {
  const api = useApi(porterApiRef);
  return useAsyncRetry(() => api.getAdminOverview(), [api]);
}
