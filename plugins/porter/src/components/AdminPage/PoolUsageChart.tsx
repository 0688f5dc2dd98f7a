import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ClusterUsage, poolChartData, PoolSeries } from './poolChartData';

const ALLOCATED = ['#1f5493', '#2e86c1', '#5dade2', '#154360', '#2874a6'];
const RETAINED = ['#ca6f1e', '#f0b27a', '#a04000', '#f5cba7', '#dc7633'];

const number = (n: number) => n.toLocaleString('en-US');

/**
 * Per cluster, one bar as long as its port range: allocated and retained
 * ports stacked per pool address, then the free ones. Small non-zero
 * segments keep a minimum size so a nearly empty range still shows them.
 */
export const PoolUsageChart = (props: { clusters: ClusterUsage[] }) => {
  const theme = useTheme();
  const { rows, series } = poolChartData(props.clusters);
  const colour = (s: PoolSeries, index: number) => {
    if (s.kind === 'free') return theme.palette.grey[300];
    const palette = s.kind === 'allocated' ? ALLOCATED : RETAINED;
    return palette[index % palette.length];
  };
  const height = 90 + 44 * rows.length;
  return (
    <>
      <ResponsiveContainer
        width="100%"
        height={height}
        initialDimension={{ width: 800, height }}
      >
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ left: 16, right: 24 }}
        >
          <CartesianGrid horizontal={false} />
          <XAxis type="number" tickFormatter={number} />
          <YAxis type="category" dataKey="cluster" width={72} />
          <Tooltip formatter={(value: number) => number(value)} />
          <Legend />
          {series.map(s => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="ports"
              fill={colour(s, series.filter(o => o.kind === s.kind).indexOf(s))}
              minPointSize={s.kind === 'free' ? 0 : 3}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <Box component="ul" m={0} pl={2} data-testid="porter-pool-summary">
        {props.clusters.map(c => (
          <Typography component="li" variant="body2" key={c.cluster}>
            <strong>{c.cluster}</strong> ({c.role}, ports {c.ports.from}–
            {c.ports.to}): {number(c.allocated)} allocated, {number(c.retained)}{' '}
            retained, {number(c.free)} free of {number(c.total)}
          </Typography>
        ))}
      </Box>
    </>
  );
};
