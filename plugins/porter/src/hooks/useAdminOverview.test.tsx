import { act, renderHook, waitFor } from '@testing-library/react';
import { withPorterApi } from '../__testUtils__/withPorterApi';
import { overview } from '../components/AdminPage/__testUtils__/overview';
import { useAdminOverview } from './useAdminOverview';

describe('useAdminOverview', () => {
  it('loads the overview, and again on retry', async () => {
    const getAdminOverview = jest
      .fn()
      .mockRejectedValueOnce(new Error('backend down'))
      .mockResolvedValue(overview);
    const { result } = renderHook(() => useAdminOverview(), {
      wrapper: withPorterApi({ getAdminOverview }),
    });
    await waitFor(() =>
      expect(result.current.error?.message).toBe('backend down'),
    );
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.value).toBe(overview));
    expect(getAdminOverview).toHaveBeenCalledTimes(2);
  });
});
