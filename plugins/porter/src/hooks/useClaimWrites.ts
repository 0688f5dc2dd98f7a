import { useApi } from '@backstage/core-plugin-api';
import type { ClaimId, ClaimSpecInput } from '@internal/plugin-porter-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { porterApiRef } from '../api';

export interface ClaimRequest {
  id: ClaimId;
  body: { spec: ClaimSpecInput; entityRef?: string };
}

/** A dry run of an apply: every check and the ports, nothing written. */
export function useClaimPreview() {
  const api = useApi(porterApiRef);
  return useAsyncFn(
    (request: ClaimRequest) => api.previewClaim(request.id, request.body),
    [api],
  );
}

/** Create or change a claim. */
export function useApplyClaim() {
  const api = useApi(porterApiRef);
  return useAsyncFn(
    (request: ClaimRequest) => api.applyClaim(request.id, request.body),
    [api],
  );
}

/** Delete a claim (its ports stay reserved for the retention window). */
export function useDeleteClaim() {
  const api = useApi(porterApiRef);
  return useAsyncFn((id: ClaimId) => api.deleteClaim(id), [api]);
}
