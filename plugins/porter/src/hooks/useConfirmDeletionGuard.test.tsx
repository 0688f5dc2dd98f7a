import { act, renderHook } from '@testing-library/react';
import { withPorterApi } from '../__testUtils__/withPorterApi';
import { useConfirmDeletionGuard } from './useConfirmDeletionGuard';

describe('useConfirmDeletionGuard', () => {
  it('confirms the number of objects reviewed in a cluster, on demand', async () => {
    const confirmDeletionGuard = jest.fn().mockResolvedValue({ confirmed: 3 });
    const { result } = renderHook(() => useConfirmDeletionGuard(), {
      wrapper: withPorterApi({ confirmDeletionGuard }),
    });
    expect(confirmDeletionGuard).not.toHaveBeenCalled();
    await act(async () => {
      await result.current[1]('gold', 3);
    });
    expect(confirmDeletionGuard).toHaveBeenCalledWith('gold', 3);
    expect(result.current[0]).toEqual({
      loading: false,
      value: { confirmed: 3 },
    });
  });
});
