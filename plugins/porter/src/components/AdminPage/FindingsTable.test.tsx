import { screen, within } from '@testing-library/react';
import { findings } from './__testUtils__/overview';
import { renderWithEntityRoutes } from './__testUtils__/render';
import { FindingsTable } from './FindingsTable';

jest.setTimeout(30_000);

describe('FindingsTable', () => {
  it('lists the findings newest first with their kind and message', async () => {
    await renderWithEntityRoutes(<FindingsTable findings={findings} />);
    expect(
      await screen.findByText('Reconciler findings (3)'),
    ).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      rows.map(r =>
        within(r)
          .getAllByRole('cell')
          .slice(0, 2)
          .map(c => c.textContent),
      ),
    ).toEqual([
      [
        'Port outside the range',
        'yourservice-tscsilver / yourlicenceplate-dev',
      ],
      ['Not adopted', 'clamav-tscsilver / abc123-tools'],
      ['Not adopted', 'cluster golddr'],
    ]);
    expect(rows[0]).toHaveTextContent(
      'Keeps port 39999 in silver, outside its range 30000-30009',
    );
    expect(rows[2]).toHaveTextContent(
      'Could not list TransportServerClaims to adopt: connect ECONNREFUSED',
    );
  });

  it('says what would show here when there is nothing', async () => {
    await renderWithEntityRoutes(<FindingsTable findings={[]} />);
    expect(
      await screen.findByText('The reconciler has nothing to report'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/ports left outside a cluster's port range/),
    ).toBeInTheDocument();
  });
});
