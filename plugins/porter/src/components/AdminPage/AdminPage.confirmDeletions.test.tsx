import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { baseUrl, errorBody } from '../../__testUtils__/fixtures';
import { heldGuard, heldObjects } from './__testUtils__/overview';
import { renderAdminPage, stubResizeObserver } from './__testUtils__/render';
import { confirmed, serveGuards } from './__testUtils__/serveGuards';

const server = setupServer();
registerMswTestHooks(server);

jest.setTimeout(30_000);
beforeAll(stubResizeObserver);

const ADMIN = ['porter.admin.read', 'porter.admin.confirm'];
const serve = (guards: Parameters<typeof serveGuards>[1]) =>
  serveGuards(server, guards);
const confirmUrl = `${baseUrl}/admin/deletion-guards/gold/confirm`;

async function openReview() {
  await userEvent.click(
    await screen.findByRole('button', { name: 'Review and confirm' }),
  );
  return within(await screen.findByRole('dialog'));
}

describe('AdminPage, confirming held deletions', () => {
  it('states exactly what the next pass deletes, confirms that number, then shows who confirmed', async () => {
    const state = serve([heldGuard]);
    server.use(
      http.post(confirmUrl, async ({ request }) => {
        const body = await request.json();
        state.confirmations.push(body);
        state.guards = [confirmed(heldGuard)];
        return HttpResponse.json(state.guards[0]);
      }),
    );
    await renderAdminPage(ADMIN);

    let dialog = await openReview();
    expect(dialog.getByText('Delete 12 objects in gold?')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'The next reconciler pass in gold deletes these 12 objects, of the 40 this portal has there.',
    );
    expect(
      within(dialog.getByRole('list', { name: 'Objects held in gold' }))
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(heldObjects);
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(state.confirmations).toEqual([]);

    dialog = await openReview();
    await userEvent.click(
      dialog.getByRole('button', { name: 'Delete 12 objects in gold' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(state.confirmations).toEqual([{ objects: 12 }]);

    const card = screen.getByTestId('porter-deletion-guard-gold');
    expect(
      await within(card).findByText('Deletions confirmed in gold'),
    ).toBeInTheDocument();
    expect(within(card).getByRole('status')).toHaveTextContent(
      /^Confirmed by user:default\/ada .* for up to 12 deletions: the next pass deletes them\.$/,
    );
    expect(
      screen.queryByRole('button', { name: 'Review and confirm' }),
    ).toBeNull();
  });

  it('says so when the number changed meanwhile (409), reloads, and confirms the new number only when asked again', async () => {
    const state = serve([heldGuard]);
    server.use(
      http.post(confirmUrl, async ({ request }) => {
        const body = (await request.json()) as { objects: number };
        state.confirmations.push(body);
        if (body.objects !== state.guards[0].wouldDelete) {
          return HttpResponse.json(
            errorBody(
              'ConflictError',
              `The deletion guard in cluster 'gold' now holds ${state.guards[0].wouldDelete} deletions, not ${body.objects}; review them again (GET /admin/overview) and confirm that number.`,
              409,
            ),
            { status: 409 },
          );
        }
        state.guards = [confirmed(state.guards[0])];
        return HttpResponse.json(state.guards[0]);
      }),
    );
    await renderAdminPage(ADMIN);
    const dialog = await openReview();
    const readsBefore = state.overviewReads;
    // A pass found two more while the administrator was reading.
    state.guards = [
      {
        ...heldGuard,
        wouldDelete: 14,
        objects: [...heldObjects, 'Endpoints/x/a', 'Endpoints/x/b'],
      },
    ];
    await userEvent.click(
      dialog.getByRole('button', { name: 'Delete 12 objects in gold' }),
    );
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      "The number of held deletions changed since you opened this: The deletion guard in cluster 'gold' now holds 14 deletions, not 12",
    );
    expect(
      await dialog.findByText('Delete 14 objects in gold?'),
    ).toBeInTheDocument();
    expect(state.overviewReads).toBe(readsBefore + 1);
    expect(dialog.getByRole('alert')).toHaveTextContent(
      'review them again before you confirm',
    );
    expect(dialog.getAllByRole('listitem').map(li => li.textContent)).toContain(
      'Endpoints/x/b',
    );
    // Nothing was confirmed by the stale click.
    expect(screen.getByTestId('porter-deletion-guard-gold')).toHaveTextContent(
      'Deletions held back in gold',
    );

    await userEvent.click(
      dialog.getByRole('button', { name: 'Delete 14 objects in gold' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(state.confirmations).toEqual([{ objects: 12 }, { objects: 14 }]);
    expect(
      await screen.findByText('Deletions confirmed in gold'),
    ).toBeInTheDocument();
  });

  it('says when there is nothing left to confirm after the reload', async () => {
    const state = serve([heldGuard]);
    server.use(
      http.post(confirmUrl, () => {
        state.guards = [];
        return HttpResponse.json(
          errorBody(
            'ConflictError',
            "Nothing is held back in cluster 'gold': the deletion guard has not stopped a pass there.",
            409,
          ),
          { status: 409 },
        );
      }),
    );
    await renderAdminPage(ADMIN);
    const dialog = await openReview();
    await userEvent.click(
      dialog.getByRole('button', { name: 'Delete 12 objects in gold' }),
    );
    expect(
      await dialog.findByText('Nothing to confirm in gold'),
    ).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'The deletion guard no longer holds anything back in gold',
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      screen.queryByRole('region', { name: 'Deletions held back' }),
    ).toBeNull();
  });

  it("shows the backend's refusal and keeps the guard as it was", async () => {
    const state = serve([heldGuard]);
    server.use(
      http.post(confirmUrl, () =>
        HttpResponse.json(
          errorBody(
            'NotAllowedError',
            'Confirming held deletions is for platform administrators (porter.admin.confirm)',
            403,
          ),
          { status: 403 },
        ),
      ),
    );
    await renderAdminPage(ADMIN);
    const dialog = await openReview();
    const readsBefore = state.overviewReads;
    await userEvent.click(
      dialog.getByRole('button', { name: 'Delete 12 objects in gold' }),
    );
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Not confirmed: Confirming held deletions is for platform administrators (porter.admin.confirm) (HTTP 403)',
    );
    expect(state.overviewReads).toBe(readsBefore);
  });
});
