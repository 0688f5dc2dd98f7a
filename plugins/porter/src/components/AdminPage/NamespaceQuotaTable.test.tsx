import { screen, within } from '@testing-library/react';
import { overview } from './__testUtils__/overview';
import { renderWithEntityRoutes } from './__testUtils__/render';
import { NamespaceQuotaTable } from './NamespaceQuotaTable';

jest.setTimeout(30_000);

describe('NamespaceQuotaTable', () => {
  it('shows claims against the quota in the given (fullest first) order, flagging namespaces at or near it', async () => {
    await renderWithEntityRoutes(
      <NamespaceQuotaTable namespaces={overview.namespaces} />,
    );
    const rowOf = (ns: string) => screen.getByText(ns).closest('tr')!;
    await screen.findByText('abc123-tools');
    expect(
      screen
        .getAllByRole('row')
        .slice(1)
        .map(r => within(r).getAllByRole('cell')[1].textContent),
    ).toEqual(['abc123-tools', 'yourlicenceplate-dev', 'abc123-prod']);

    expect(rowOf('abc123-tools')).toHaveTextContent('20 of 20');
    expect(
      within(rowOf('abc123-tools')).getByText('At quota'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('yourlicenceplate-dev')).getByText('Near quota'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('abc123-prod')).getByText('Room left'),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('abc123-tools in silver: 20 of 20 claims'),
    ).toHaveAttribute('aria-valuenow', '100');
  });
});
