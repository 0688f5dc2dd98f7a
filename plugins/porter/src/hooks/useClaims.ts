import { useApi } from '@backstage/core-plugin-api';
import type { Claim, PorterApi } from '@internal/plugin-porter-common';
import { useCallback, useEffect, useRef, useState } from 'react';
import { porterApiRef } from '../api';
import { LIVE_REFRESH, nextDelay, settlingClusters } from '../lib/liveRefresh';

/** Claims per page; the table shows the first, and more on demand. */
export const CLAIMS_PAGE_SIZE = 50;

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
  /** The server has more of the entity's claims than are shown. */
  hasMore: boolean;
  /** Shows the next page too (reloads keep every page shown). */
  loadMore: () => void;
}

/**
 * The first `pages` pages of the entity's claims, paged by the server
 * (limit and cursor), so no answer grows with how many claims there are.
 */
async function listPages(
  api: PorterApi,
  entityRef: string,
  pages: number,
): Promise<{ claims: Claim[]; hasMore: boolean }> {
  const claims: Claim[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < pages; page++) {
    const result = await api.listClaims({
      entityRef,
      limit: CLAIMS_PAGE_SIZE,
      cursor,
    });
    claims.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return { claims, hasMore: cursor !== undefined };
}

/**
 * The entity's claims, kept live: while a side is Pending or Degraded (or
 * not observed yet), they reload with back-off (LIVE_REFRESH) until every
 * side has settled. No signal from the backend is needed.
 */
export function useClaims(entityRef: string): ClaimsState {
  const api = useApi(porterApiRef);
  const [state, setState] = useState<
    Omit<ClaimsState, 'refresh' | 'settling' | 'hasMore' | 'loadMore'> & {
      hasMore?: boolean;
    }
  >({ loading: true });
  const [generation, setGeneration] = useState(0);
  const [pages, setPages] = useState(1);
  const shownFor = useRef(entityRef);
  /** The claims last shown, to decide whether to keep following after a failed reload. */
  const latest = useRef<Claim[]>();

  useEffect(() => {
    if (shownFor.current !== entityRef) {
      shownFor.current = entityRef;
      latest.current = undefined;
      setState({ loading: true });
      setPages(1);
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = LIVE_REFRESH.firstDelayMs;
    async function load() {
      try {
        const { claims, hasMore } = await listPages(api, entityRef, pages);
        if (stopped) return;
        latest.current = claims;
        setState({ claims, hasMore, loading: false });
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
  }, [api, entityRef, generation, pages]);

  const refresh = useCallback(() => setGeneration(g => g + 1), []);
  const loadMore = useCallback(() => setPages(p => p + 1), []);
  return {
    ...state,
    hasMore: state.hasMore ?? false,
    settling: state.claims ? settlingClusters(state.claims) : [],
    refresh,
    loadMore,
  };
}
