import type { PorterApi } from '@internal/plugin-porter-common';
import { act, renderHook, waitFor } from '@testing-library/react';
import { allowedAccess } from '../__testUtils__/fixtures';
import { withPorterApi } from '../__testUtils__/withPorterApi';
import { useNamespaceAccess } from './useNamespaceAccess';

type Places = Array<{ cluster: string; namespace: string }>;

function setup(
  answer: (cluster: string, namespace: string) => Promise<unknown> = async (
    cluster,
    namespace,
  ) => allowedAccess(cluster, namespace),
) {
  const getNamespaceAccess = jest.fn(answer);
  return {
    getNamespaceAccess,
    wrapper: withPorterApi({ getNamespaceAccess } as Partial<PorterApi>),
  };
}

const silver = { cluster: 'silver', namespace: 'abc123-tools' };
const gold = { cluster: 'gold', namespace: 'abc123-prod' };

describe('useNamespaceAccess', () => {
  it('asks about each place once, however often the same places are passed', async () => {
    const { getNamespaceAccess, wrapper } = setup();
    const { result, rerender } = renderHook(
      ({ places }: { places: Places }) => useNamespaceAccess(places),
      { wrapper, initialProps: { places: [silver] } },
    );
    // Wanted and not answered yet: loading from the first render.
    expect(result.current.of(silver.cluster, silver.namespace)).toEqual({
      loading: true,
    });
    await waitFor(() =>
      expect(
        result.current.of(silver.cluster, silver.namespace)?.value,
      ).toEqual(allowedAccess(silver.cluster, silver.namespace)),
    );
    rerender({ places: [{ ...silver }] });
    expect(getNamespaceAccess).toHaveBeenCalledTimes(1);

    rerender({ places: [{ ...silver }, gold] });
    await waitFor(() =>
      expect(result.current.of(gold.cluster, gold.namespace)?.loading).toBe(
        false,
      ),
    );
    expect(getNamespaceAccess.mock.calls).toEqual([
      [silver.cluster, silver.namespace],
      [gold.cluster, gold.namespace],
    ]);
  });

  it('knows nothing of a place not asked about', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useNamespaceAccess([silver]), {
      wrapper,
    });
    expect(result.current.of(gold.cluster, gold.namespace)).toBeUndefined();
    expect(result.current.of(undefined, undefined)).toBeUndefined();
    await waitFor(() =>
      expect(result.current.of(silver.cluster, silver.namespace)?.loading).toBe(
        false,
      ),
    );
  });

  it('keeps why an answer could not be had, and asks again on retry', async () => {
    let fail = true;
    const { getNamespaceAccess, wrapper } = setup(
      async (cluster, namespace) => {
        if (fail) throw new Error('cluster unreachable');
        return allowedAccess(cluster, namespace);
      },
    );
    const { result } = renderHook(() => useNamespaceAccess([silver]), {
      wrapper,
    });
    await waitFor(() =>
      expect(
        result.current.of(silver.cluster, silver.namespace)?.error?.message,
      ).toBe('cluster unreachable'),
    );
    fail = false;
    act(() => result.current.retry(silver.cluster, silver.namespace));
    await waitFor(() =>
      expect(
        result.current.of(silver.cluster, silver.namespace)?.value,
      ).toBeDefined(),
    );
    expect(getNamespaceAccess).toHaveBeenCalledTimes(2);
  });
});
