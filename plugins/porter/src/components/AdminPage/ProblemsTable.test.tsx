import { screen, within } from '@testing-library/react';
import { overview } from './__testUtils__/overview';
import { renderWithEntityRoutes } from './__testUtils__/render';
import { ProblemsTable } from './ProblemsTable';

jest.setTimeout(30_000);

describe('ProblemsTable', () => {
  it('lists each broken side in the given (newest first) order with its reasons and a link to the entity’s tab', async () => {
    await renderWithEntityRoutes(
      <ProblemsTable problems={overview.problems} />,
    );
    expect(
      await screen.findByText('Exposures needing attention (2)'),
    ).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual([
      'clamav-tscsilver / abc123-tools',
      'patroni-tscgold / abc123-prod',
    ]);

    const [clamav, patroni] = rows;
    expect(within(clamav).getByText('Error in silver')).toBeInTheDocument();
    expect(
      within(clamav).getByText("Service 'clamav' has no ready pods"),
    ).toBeInTheDocument();
    expect(
      within(clamav).getByRole('link', { name: 'component:default/clamav' }),
    ).toHaveAttribute('href', '/catalog/default/component/clamav/porter');

    expect(within(patroni).getByText('Degraded in golddr')).toBeInTheDocument();
    expect(within(patroni).getByText('none recorded')).toBeInTheDocument();
  });
});
