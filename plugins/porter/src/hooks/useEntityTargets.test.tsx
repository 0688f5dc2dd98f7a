import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { registerMswTestHooks, TestApiProvider } from '@backstage/test-utils';
import { PorterClient } from '@internal/plugin-porter-common';
import { renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { porterApiRef } from '../api';
import {
  baseUrl,
  entities,
  servePorter,
} from '../scaffolder/PorterTargetPicker/__testUtils__/fixtures';
import { useEntityTargets } from './useEntityTargets';

const server = setupServer();
registerMswTestHooks(server);

// Made once: a new client on each render would be a new dependency, and a reload.
const apis = [
  [
    porterApiRef,
    new PorterClient({
      discoveryApi: { getBaseUrl: async () => baseUrl },
      // Looked up per call: msw replaces the global fetch once the server listens.
      fetchApi: { fetch: (input, init) => fetch(input, init) },
    }),
  ],
  [catalogApiRef, catalogApiMock({ entities })],
] as any;

const wrapper = ({ children }: { children: ReactNode }) => (
  <TestApiProvider apis={apis}>{children}</TestApiProvider>
);

describe('useEntityTargets', () => {
  beforeEach(() => servePorter(server));

  it("offers a pair's primary as one choice, and its secondary disabled", async () => {
    const { result } = renderHook(
      () => useEntityTargets('component:default/patroni-replica'),
      { wrapper },
    );
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error).toBeUndefined();
    expect(result.current.entity?.metadata.name).toBe('patroni-replica');
    expect(result.current.clusters?.map(c => c.name)).toEqual([
      'silver',
      'gold',
      'golddr',
    ]);
    const choices = result.current.choices ?? [];
    expect(choices.filter(c => !c.disabledReason)).toEqual([
      expect.objectContaining({
        key: 'gold/abc123-prod',
        clusters: ['gold', 'golddr'],
      }),
    ]);
  });

  it('keeps the same choices from one render to the next', async () => {
    const { result, rerender } = renderHook(
      () => useEntityTargets('component:default/clamav'),
      { wrapper },
    );
    await waitFor(() => expect(result.current.choices).toBeDefined());
    const first = result.current.choices;
    rerender();
    expect(result.current.choices).toBe(first);
  });

  it('says so when the entity is not in the catalog', async () => {
    const { result } = renderHook(
      () => useEntityTargets('component:default/nowhere'),
      { wrapper },
    );
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error?.message).toBe(
      'component:default/nowhere is not in the catalog',
    );
    expect(result.current.choices).toBeUndefined();
  });

  it('has no choices before an entity is chosen', async () => {
    const { result } = renderHook(() => useEntityTargets(undefined), {
      wrapper,
    });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.entity).toBeUndefined();
    expect(result.current.choices).toBeUndefined();
  });
});
