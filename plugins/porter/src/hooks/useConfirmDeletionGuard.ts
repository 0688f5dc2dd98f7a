import { useApi } from '@backstage/core-plugin-api';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { porterApiRef } from '../api';

/**
 * Confirms what the deletion guard holds back in a cluster: `objects` is the
 * number the administrator reviewed (409 when it changed meanwhile).
 */
export function useConfirmDeletionGuard() {
  const api = useApi(porterApiRef);
  return useAsyncFn(
    (cluster: string, objects: number) =>
      api.confirmDeletionGuard(cluster, objects),
    [api],
  );
}
