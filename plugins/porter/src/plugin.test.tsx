import { registerMswTestHooks } from '@backstage/test-utils';
import { PorterClient } from '@internal/plugin-porter-common';
import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { baseUrl, pair, patroni } from './__testUtils__/fixtures';
import { renderWithPorter } from './__testUtils__/renderWithPorter';
import { servePorter } from './__testUtils__/servePorter';
import { EntityPorterContent, porterApiRef, porterPlugin } from './index';

const server = setupServer();
registerMswTestHooks(server);

/** The exports for apps on the legacy frontend system. */
describe('porter (legacy frontend system)', () => {
  it('EntityPorterContent renders the TCP exposures tab of the entity', async () => {
    servePorter(server, { claims: [pair] });
    await renderWithPorter(<EntityPorterContent />, { entity: patroni });
    expect(await screen.findByText('patroni-tsc')).toBeInTheDocument();
    expect(screen.getByText('Ready in golddr')).toBeInTheDocument();
  });

  it('porterPlugin provides porterApiRef as a PorterClient over discovery and fetch', async () => {
    expect(porterApiRef.id).toBe('plugin.porter.service');
    const factory = [...porterPlugin.getApis()].find(
      f => f.api.id === porterApiRef.id,
    )!;
    expect(Object.keys(factory.deps).sort()).toEqual([
      'discoveryApi',
      'fetchApi',
    ]);
    const api = factory.factory({
      discoveryApi: { getBaseUrl: async () => baseUrl },
      fetchApi: { fetch },
    });
    expect(api).toBeInstanceOf(PorterClient);
    const { requests } = servePorter(server, { claims: [pair] });
    await expect((api as PorterClient).listClaims()).resolves.toEqual({
      items: [pair],
    });
    expect(requests.map(r => r.path)).toEqual(['/claims']);
  });
});
