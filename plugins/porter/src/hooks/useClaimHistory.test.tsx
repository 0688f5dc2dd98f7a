import type { ClaimEvent } from '@internal/plugin-porter-common';
import { renderHook, waitFor } from '@testing-library/react';
import { withPorterApi } from '../__testUtils__/withPorterApi';
import { useClaimHistory } from './useClaimHistory';

const id = { cluster: 'gold', namespace: 'abc123-prod', name: 'patroni' };

const event = (type: ClaimEvent['type'], at: string): ClaimEvent => ({
  type,
  at,
  message: type,
});

function setup(items: ClaimEvent[]) {
  const getHistory = jest.fn(async () => ({ items }));
  return { getHistory, wrapper: withPorterApi({ getHistory }) };
}

describe('useClaimHistory', () => {
  it('lists the events newest first, the same instant in reverse API order', async () => {
    const { getHistory, wrapper } = setup([
      event('created', '2026-01-01T10:00:00Z'),
      event('updated', '2026-01-02T10:00:00Z'),
      event('deleted', '2026-01-02T10:00:00Z'),
    ]);
    const { result } = renderHook(() => useClaimHistory(id, 'r1'), {
      wrapper,
    });
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.value?.map(e => e.type)).toEqual([
      'deleted',
      'updated',
      'created',
    ]);
    expect(getHistory).toHaveBeenCalledWith(id);
  });

  it('loads again when the revision changes, and only then', async () => {
    const { getHistory, wrapper } = setup([]);
    const { result, rerender } = renderHook(
      ({ revision }) => useClaimHistory({ ...id }, revision),
      { wrapper, initialProps: { revision: 'r1' } },
    );
    await waitFor(() => expect(result.current.loading).toBe(false));
    // A new id object for the same claim, same revision: nothing to reload.
    rerender({ revision: 'r1' });
    expect(getHistory).toHaveBeenCalledTimes(1);

    rerender({ revision: 'r2' });
    await waitFor(() => expect(getHistory).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(result.current.loading).toBe(false));
  });

  it('reports a failed load', async () => {
    const getHistory = jest.fn().mockRejectedValue(new Error('no history'));
    const { result } = renderHook(() => useClaimHistory(id, 'r1'), {
      wrapper: withPorterApi({ getHistory }),
    });
    await waitFor(() =>
      expect(result.current.error?.message).toBe('no history'),
    );
  });
});
