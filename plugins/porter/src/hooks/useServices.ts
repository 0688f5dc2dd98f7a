import { useApi } from '@backstage/core-plugin-api';
import type { ServiceSummary } from '@internal/plugin-porter-common';
import useAsync from 'react-use/esm/useAsync';
import { porterApiRef } from '../api';

/** The Services of a namespace in a cluster (type and ports), to pick a claim's target. */
export function useServices(cluster?: string, namespace?: string) {
  const api = useApi(porterApiRef);
  return useAsync(async (): Promise<ServiceSummary[] | undefined> => {
    if (!cluster || !namespace) return undefined;
    return (await api.listServices(cluster, namespace)).items;
  }, [api, cluster, namespace]);
}
