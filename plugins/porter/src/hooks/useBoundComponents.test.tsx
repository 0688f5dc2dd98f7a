import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider } from '@backstage/test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { entities } from '../scaffolder/PorterTargetPicker/__testUtils__/fixtures';
import { useBoundComponents } from './useBoundComponents';

function withCatalog(catalogApi: ReturnType<typeof catalogApiMock>) {
  return ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
      {children}
    </TestApiProvider>
  );
}

describe('useBoundComponents', () => {
  it('lists the components bound to a namespace, sorted, and no other', async () => {
    const catalogApi = catalogApiMock({ entities: [...entities].reverse() });
    const { result } = renderHook(() => useBoundComponents(), {
      wrapper: withCatalog(catalogApi),
    });
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.value).toEqual([
      'component:default/clamav',
      'component:default/patroni-replica',
    ]);
  });

  it('says why when the catalog cannot be read', async () => {
    const catalogApi = catalogApiMock();
    jest
      .spyOn(catalogApi, 'getEntities')
      .mockRejectedValue(new Error('catalog down'));
    const { result } = renderHook(() => useBoundComponents(), {
      wrapper: withCatalog(catalogApi),
    });
    await waitFor(() =>
      expect(result.current.error?.message).toBe('catalog down'),
    );
    expect(result.current.value).toBeUndefined();
  });

  it('does not ask the catalog when not enabled', async () => {
    const catalogApi = catalogApiMock({ entities });
    const getEntities = jest.spyOn(catalogApi, 'getEntities');
    const { result } = renderHook(() => useBoundComponents(false), {
      wrapper: withCatalog(catalogApi),
    });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.value).toBeUndefined();
    expect(getEntities).not.toHaveBeenCalled();
  });
});
