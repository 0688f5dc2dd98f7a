import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  claimUrl,
  errorBody,
  pair,
  pairManifests,
  patroni,
} from '../../__testUtils__/fixtures';
import { renderWithPorter } from '../../__testUtils__/renderWithPorter';
import { servePorter } from '../../__testUtils__/servePorter';
import { EntityPorterContent } from './EntityPorterContent';

const server = setupServer();
registerMswTestHooks(server);

async function openDelete() {
  await renderWithPorter(<EntityPorterContent />, { entity: patroni });
  await userEvent.click(
    await screen.findByRole('button', { name: 'Delete patroni-tsc' }),
  );
  return within(await screen.findByRole('dialog'));
}

describe('deleting an exposure from the tab', () => {
  it('says what goes in each cluster and how long the ports stay reserved, then the row goes', async () => {
    const state = servePorter(server, { claims: [pair] });
    server.use(
      http.get(`${claimUrl(pair)}/manifests`, () =>
        HttpResponse.json(pairManifests(pair)),
      ),
      http.delete(claimUrl(pair), () => {
        state.claims = [];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const dialog = await openDelete();

    expect(dialog.getByText('Delete patroni-tsc?')).toBeInTheDocument();
    expect(await dialog.findByTestId('porter-delete-gold')).toHaveTextContent(
      'In gold:TransportServer patroni-tscService patroni-golddrEndpoints patroni-golddrTransportServerClaim patroni-tsc',
    );
    expect(dialog.getByTestId('porter-delete-golddr')).toHaveTextContent(
      'In golddr:TransportServer patroni-tscService patroni-goldEndpoints patroni-gold',
    );
    expect(dialog.getByTestId('porter-delete-retention')).toHaveTextContent(
      '127.0.20.2:40001 (gold) and 127.0.30.2:50001 (golddr) stay reserved for Service patroni port 5432 in namespace abc123-prod for 30 days',
    );

    await userEvent.click(
      dialog.getByRole('button', { name: 'Delete patroni-tsc' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByText('patroni-tsc')).toBeNull();
    expect(await screen.findByText('No TCP exposures yet')).toBeInTheDocument();
    expect(
      state.requests.filter(r => r.method === 'DELETE').map(r => r.path),
    ).toEqual(['/clusters/gold/namespaces/abc123-prod/claims/patroni-tsc']);
  });

  it('keeps the dialog open with the reason when the delete is refused', async () => {
    servePorter(server, { claims: [pair] });
    server.use(
      http.get(`${claimUrl(pair)}/manifests`, () =>
        HttpResponse.json(pairManifests(pair)),
      ),
      http.delete(claimUrl(pair), () =>
        HttpResponse.json(
          errorBody(
            'NotAllowedError',
            'You may not delete TCP exposures for component:default/patroni-replica: only its owners (group:default/dbas) may.',
            403,
          ),
          { status: 403 },
        ),
      ),
    );
    const dialog = await openDelete();
    await userEvent.click(
      dialog.getByRole('button', { name: 'Delete patroni-tsc' }),
    );
    expect(
      await dialog.findByText(
        'You may not delete TCP exposures for component:default/patroni-replica: only its owners (group:default/dbas) may. (HTTP 403)',
      ),
    ).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('patroni-tsc')).toBeInTheDocument();
  });
});
