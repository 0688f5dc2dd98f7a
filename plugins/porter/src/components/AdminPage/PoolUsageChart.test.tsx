import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { overview } from './__testUtils__/overview';
import { renderWithEntityRoutes } from './__testUtils__/render';
import { PoolAddressTable } from './PoolAddressTable';
import { PoolUsageChart } from './PoolUsageChart';

jest.setTimeout(30_000);
// jsdom lays nothing out, so recharts' ResponsiveContainer would measure 0
// pixels and draw nothing: give the chart a fixed size instead.
jest.mock('recharts', () => {
  const actual = jest.requireActual('recharts');
  const { cloneElement } = jest.requireActual('react');
  return {
    ...actual,
    ResponsiveContainer: (props: { children: any }) =>
      cloneElement(props.children, { width: 800, height: 300 }),
  };
});

const legendOf = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.recharts-legend-item-text')).map(
    e => e.textContent,
  );

describe('PoolUsageChart', () => {
  it('draws a bar per cluster, stacked per address, and states each range in numbers', async () => {
    const { container } = await renderWithEntityRoutes(
      <PoolUsageChart clusters={overview.clusters} />,
    );
    expect(
      within(screen.getByTestId('porter-pool-summary'))
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual([
      'silver (standalone, ports 30000–30009): 3 allocated, 1 retained, 6 free of 10',
      'gold (primary, ports 40000–49999): 0 allocated, 0 retained, 10,000 free of 10,000',
    ]);
    // A range 40 % in use starts with its free ports; the legend names each
    // address holding ports, and the free ports.
    expect(
      screen.getByRole('checkbox', { name: /Include free ports/ }),
    ).toBeChecked();
    expect(legendOf(container)).toEqual([
      '127.0.10.1 (ClusterIP) allocated',
      '127.0.10.2 (NodePort) allocated',
      '127.0.10.2 (NodePort) retained',
      'free',
    ]);
    expect(
      Array.from(
        container.querySelectorAll(
          '.recharts-yAxis .recharts-cartesian-axis-tick-value',
        ),
      ).map(e => e.textContent),
    ).toEqual(['silver', 'gold']);
  });
});

describe('PoolUsageChart with ranges nearly empty', () => {
  // One port of 10,000 in use: next to the free ports it would not show.
  const sparse = [
    {
      ...overview.clusters[1],
      allocated: 1,
      free: 9999,
      pools: [{ ...overview.clusters[1].pools[0], allocated: 1 }],
    },
  ];

  it('starts with the ports in use only, and adds the free ones on request', async () => {
    const { container } = await renderWithEntityRoutes(
      <PoolUsageChart clusters={sparse} />,
    );
    const toggle = screen.getByRole('checkbox', {
      name: /Include free ports/,
    });
    expect(toggle).not.toBeChecked();
    expect(legendOf(container)).toEqual(['127.0.20.2 (NodePort) allocated']);

    await userEvent.click(toggle);
    expect(legendOf(container)).toEqual([
      '127.0.20.2 (NodePort) allocated',
      'free',
    ]);
  });

  it('shows the whole ranges when no port is in use anywhere', async () => {
    const { container } = await renderWithEntityRoutes(
      <PoolUsageChart clusters={[overview.clusters[1]]} />,
    );
    expect(
      screen.getByRole('checkbox', { name: /Include free ports/ }),
    ).toBeChecked();
    expect(legendOf(container)).toEqual(['free']);
  });
});

describe('PoolAddressTable', () => {
  it('lists every pool address with its allocated and retained ports', async () => {
    await renderWithEntityRoutes(
      <PoolAddressTable clusters={overview.clusters} />,
    );
    const row = (await screen.findByText('127.0.10.2')).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['silver', '127.0.10.2', 'NodePort', '2', '1']);
    // An address that holds nothing is listed too.
    expect(screen.getByText('127.0.20.2')).toBeInTheDocument();
  });
});
