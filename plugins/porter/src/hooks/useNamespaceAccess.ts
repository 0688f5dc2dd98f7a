import { useApi } from '@backstage/core-plugin-api';
import type { NamespaceAccess } from '@internal/plugin-porter-common';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { porterApiRef } from '../api';

/** One place's answer: loading, the answers, or why they could not be had. */
export interface AccessState {
  loading: boolean;
  value?: NamespaceAccess;
  error?: Error;
}

export interface NamespaceAccessResult {
  /** The answer for a place (loading until it comes); undefined for a place not among `places`. */
  of: (cluster?: string, namespace?: string) => AccessState | undefined;
  /** Ask again about a place whose answer could not be had. */
  retry: (cluster: string, namespace: string) => void;
}

const keyOf = (cluster: string, namespace: string) => `${cluster}/${namespace}`;

/**
 * What the user may do in each of `places` (create claims, list Services,
 * read NetworkPolicies, each with the reason), so a form can explain before
 * anyone tries. Each place is asked once for as long as the component that
 * uses this is mounted (a dialog: the answers go when it closes, so a
 * RoleBinding granted meanwhile shows the next time).
 */
export function useNamespaceAccess(
  places: Array<{ cluster: string; namespace: string }>,
): NamespaceAccessResult {
  const api = useApi(porterApiRef);
  const [answers, setAnswers] = useState<Record<string, AccessState>>({});
  const asked = useRef(new Set<string>());
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const ask = useCallback(
    (cluster: string, namespace: string) => {
      const key = keyOf(cluster, namespace);
      asked.current.add(key);
      setAnswers(previous => ({ ...previous, [key]: { loading: true } }));
      const settle = (state: AccessState) => {
        if (mounted.current) {
          setAnswers(previous => ({ ...previous, [key]: state }));
        }
      };
      api.getNamespaceAccess(cluster, namespace).then(
        value => settle({ loading: false, value }),
        error => settle({ loading: false, error }),
      );
    },
    [api],
  );

  // The places as one string, then back: a new array of the same places is
  // the same `wanted`, and asks nothing.
  const text = JSON.stringify(places.map(p => [p.cluster, p.namespace]));
  const wanted = useMemo(() => JSON.parse(text) as string[][], [text]);
  useEffect(() => {
    for (const [cluster, namespace] of wanted) {
      if (!asked.current.has(keyOf(cluster, namespace))) {
        ask(cluster, namespace);
      }
    }
  }, [ask, wanted]);

  const of = useCallback(
    (cluster?: string, namespace?: string): AccessState | undefined => {
      if (!cluster || !namespace) return undefined;
      const key = keyOf(cluster, namespace);
      // Wanted, and asked for after this render.
      if (!answers[key] && wanted.some(([c, n]) => keyOf(c, n) === key)) {
        return { loading: true };
      }
      return answers[key];
    },
    [answers, wanted],
  );
  return { of, retry: ask };
}
