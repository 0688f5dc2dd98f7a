import { overview } from './__testUtils__/overview';
import { poolChartData } from './poolChartData';

describe('poolChartData', () => {
  it('makes one row per cluster whose segments add up to its range', () => {
    const { rows, series } = poolChartData(overview.clusters);
    for (const [i, row] of rows.entries()) {
      const sum = series.reduce((n, s) => n + Number(row[s.key] ?? 0), 0);
      expect(sum).toBe(overview.clusters[i].total);
    }
    expect(rows[0]).toMatchObject({
      cluster: 'silver',
      'allocated:127.0.10.1': 1,
      'allocated:127.0.10.2': 2,
      'retained:127.0.10.2': 1,
      free: 6,
    });
  });

  it('leaves out addresses that hold nothing anywhere, keeping free last', () => {
    const { series } = poolChartData(overview.clusters);
    expect(series.map(s => s.key)).toEqual([
      'allocated:127.0.10.1',
      'allocated:127.0.10.2',
      'retained:127.0.10.2',
      'free',
    ]);
  });
});
