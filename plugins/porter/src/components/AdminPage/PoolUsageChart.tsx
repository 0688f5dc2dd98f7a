import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
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
import { useState } from 'react';
import { ClusterUsage, poolChartData, PoolSeries } from './poolChartData';

const ALLOCATED = ['#1f5493', '#2e86c1', '#5dade2', '#154360', '#2874a6'];
const RETAINED = ['#ca6f1e', '#f0b27a', '#a04000', '#f5cba7', '#dc7633'];

const number = (n: number) => n.toLocaleString('en-US');

/**
 * Below this share of a range in use, the ports in use would be slivers next
 * to the free ones, so the chart starts without the free ones.
 */
const SHOW_FREE_FROM = 0.1;

/**
 * Per cluster, one bar: allocated and retained ports stacked per pool
 * address, and, when "Include free ports" is on, the free ones, so the bar
 * is the whole port range. The numbers are always listed below the chart.
 */
export const PoolUsageChart = (props: { clusters: ClusterUsage[] }) => {
  const theme = useTheme();
  const [showFree, setShowFree] = useState(
    () =>
      props.clusters.every(c => c.allocated + c.retained === 0) ||
      props.clusters.some(
        c =>
          c.total > 0 && (c.allocated + c.retained) / c.total >= SHOW_FREE_FROM,
      ),
  );
  const { rows, series: allSeries } = poolChartData(props.clusters);
  const series = allSeries.filter(s => showFree || s.kind !== 'free');
  const colour = (s: PoolSeries, index: number) => {
    if (s.kind === 'free') return theme.palette.grey[300];
    const palette = s.kind === 'allocated' ? ALLOCATED : RETAINED;
    return palette[index % palette.length];
  };
  const height = 90 + 44 * rows.length;
  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={showFree}
            onChange={e => setShowFree(e.target.checked)}
            color="primary"
          />
        }
        label="Include free ports (each bar is then the whole port range)"
      />
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
          <XAxis type="number" allowDecimals={false} tickFormatter={number} />
          <YAxis type="category" dataKey="cluster" width={72} />
          <Tooltip formatter={(value: number) => number(value)} />
          <Legend
            formatter={(label: string) => (
              <span style={{ color: theme.palette.text.primary }}>{label}</span>
            )}
          />
          {series.map(s => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="ports"
              fill={colour(s, series.filter(o => o.kind === s.kind).indexOf(s))}
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
