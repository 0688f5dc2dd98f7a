import { useApi } from '@backstage/core-plugin-api';
import type { Claim, PorterApi } from '@internal/plugin-porter-common';
import { useCallback, useEffect, useRef, useState } from 'react';
import { porterApiRef } from '../api';
import { LIVE_REFRESH, nextDelay, settlingClusters } from '../lib/liveRefresh';

/** Claims per request; the API pages with `nextCursor`. */
const PAGE_SIZE = 100;

export interface ClaimsState {
  /** The entity's claims, once loaded; kept while a later reload runs. */
  claims?: Claim[];
  /** The first load is running. */
  loading: boolean;
  /** The first load failed: there are no claims to show. */
  error?: Error;
  /** A later reload failed: `claims` are the last ones seen. */
  refreshError?: Error;
  /** Clusters where a claim is still settling; while any, the claims reload by themselves. */
  settling: string[];
  /** Reload now, and follow the claims again from the shortest delay (after a change). */
  refresh: () => void;
}

/** Every page of the entity's claims. */
async function listAllClaims(
  api: PorterApi,
  entityRef: string,
): Promise<Claim[]> {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await api.listClaims({ entityRef, limit: PAGE_SIZE, cursor });
    claims.push(...page.items);
    cursor = page.nextCursor;
    if (cursor && seen.has(cursor)) break;
    if (cursor) seen.add(cursor);
  } while (cursor);
  return claims;
}

/**
 * The entity's claims, kept live: while a side is Pending or Degraded (or
 * not observed yet), they reload with back-off (LIVE_REFRESH) until every
 * side has settled. No signal from the backend is needed.
 */
export function useClaims(entityRef: string): ClaimsState {
  const api = useApi(porterApiRef);
  const [state, setState] = useState<Omit<ClaimsState, 'refresh' | 'settling'>>(
    { loading: true },
  );
  const [generation, setGeneration] = useState(0);
  const shownFor = useRef(entityRef);
  /** The claims last shown, to decide whether to keep following after a failed reload. */
  const latest = useRef<Claim[]>();

  useEffect(() => {
    if (shownFor.current !== entityRef) {
      shownFor.current = entityRef;
      latest.current = undefined;
      setState({ loading: true });
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = LIVE_REFRESH.firstDelayMs;
    async function load() {
      try {
        const claims = await listAllClaims(api, entityRef);
        if (stopped) return;
        latest.current = claims;
        setState({ claims, loading: false });
        if (settlingClusters(claims).length > 0) follow();
      } catch (error) {
        if (stopped) return;
        setState(previous =>
          previous.claims
            ? { ...previous, refreshError: error as Error }
            : { loading: false, error: error as Error },
        );
        // Keep following what was settling: the backend may be back soon.
        if (latest.current && settlingClusters(latest.current).length > 0) {
          follow();
        }
      }
    }
    function follow() {
      timer = setTimeout(load, delay);
      delay = nextDelay(delay);
    }
    load();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [api, entityRef, generation]);

  const refresh = useCallback(() => setGeneration(g => g + 1), []);
  return {
    ...state,
    settling: state.claims ? settlingClusters(state.claims) : [],
    refresh,
  };
}
