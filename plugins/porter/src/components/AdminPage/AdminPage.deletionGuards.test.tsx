import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
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

describe('AdminPage, deletions held back', () => {
  it('shows the held cluster first: how many of how many, why, since when, and the objects on demand', async () => {
    serve([heldGuard]);
    await renderAdminPage(ADMIN);
    const region = await screen.findByRole('region', {
      name: 'Deletions held back',
    });
    // Above everything else on the page.
    expect(
      region.compareDocumentPosition(screen.getByText('Ports per cluster')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const card = within(screen.getByTestId('porter-deletion-guard-gold'));
    expect(card.getByText('Deletions held back in gold')).toBeInTheDocument();
    expect(
      card.getByText("12 of this portal's 40 objects"),
    ).toBeInTheDocument();
    expect(screen.getByTestId('porter-deletion-guard-gold')).toHaveTextContent(
      'Porter deleted nothing, and deletes nothing there until an administrator confirms or the condition clears.',
    );
    expect(screen.getByTestId('porter-deletion-guard-gold')).toHaveTextContent(
      /Why it was held: This pass would delete 12 of Porter's 40 objects .*\.maxObjects \(10\)/,
    );
    expect(
      card.getByText(
        (_, el) => el?.getAttribute('dateTime') === heldGuard.since,
      ),
    ).toBeInTheDocument();

    expect(card.queryByRole('list')).toBeNull();
    await userEvent.click(
      card.getByRole('button', { name: 'The objects (12)' }),
    );
    const list = await card.findByRole('list', {
      name: 'Objects held in gold',
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(heldObjects);
  });

  it('says how many are not listed when the guard holds more than it keeps', async () => {
    serve([{ ...heldGuard, wouldDelete: 120, total: 130 }]);
    await renderAdminPage(ADMIN);
    const card = within(
      await screen.findByTestId('porter-deletion-guard-gold'),
    );
    await userEvent.click(
      card.getByRole('button', { name: 'The objects (120)' }),
    );
    expect(
      await card.findByText(/The first 12 of the 120 are listed/),
    ).toBeInTheDocument();
  });

  it('offers no confirmation to administrators without porter.admin.confirm, and says who can', async () => {
    serve([heldGuard]);
    await renderAdminPage(['porter.admin.read']);
    const card = await screen.findByTestId('porter-deletion-guard-gold');
    await waitFor(() =>
      expect(card).toHaveTextContent(
        'Only platform administrators with porter.admin.confirm can confirm these deletions.',
      ),
    );
    expect(
      screen.queryByRole('button', { name: 'Review and confirm' }),
    ).toBeNull();
  });

  it('shows a confirmed guard with who confirmed it and when', async () => {
    serve([confirmed(heldGuard)]);
    await renderAdminPage(ADMIN);
    const card = within(
      await screen.findByTestId('porter-deletion-guard-gold'),
    );
    expect(card.getByText('Deletions confirmed in gold')).toBeInTheDocument();
    expect(card.getByRole('status')).toHaveTextContent(
      'Confirmed by user:default/ada',
    );
    expect(card.getByRole('status')).toHaveTextContent(
      'the next pass deletes them',
    );
  });

  it('shows no guard section when nothing is held', async () => {
    serve([]);
    await renderAdminPage(ADMIN);
    expect(await screen.findByText('Ports per cluster')).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Deletions held back' }),
    ).toBeNull();
  });
});
