import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  DEFAULT_MONITOR,
  MONITOR_INTERVAL_MAX,
  MONITOR_TIMEOUT_MAX,
} from '@internal/plugin-porter-common';
import { useEffect } from 'react';
import type { PorterMonitorPickerProps } from './schema';

const toNumber = (text: string) => (text === '' ? undefined : Number(text));

/**
 * `ui:field: PorterMonitorPicker`: the health monitor's interval and timeout,
 * starting from Porter's defaults, with the timeout F5 recommends for the
 * interval chosen.
 */
export const PorterMonitorPicker = (props: PorterMonitorPickerProps) => {
  const { formData, onChange, schema, rawErrors } = props;
  const interval = formData?.interval;
  const timeout = formData?.timeout;
  // Start from Porter's defaults so the value is complete without edits.
  useEffect(() => {
    if (!formData) {
      onChange({
        interval: DEFAULT_MONITOR.interval,
        timeout: DEFAULT_MONITOR.timeout,
      });
    }
  }, [formData, onChange]);
  const recommended = interval ? 3 * interval + 1 : undefined;
  const invalid = (rawErrors?.length ?? 0) > 0;
  return (
    <Box mt={2} mb={1}>
      <Typography variant="subtitle1" component="h3">
        {schema.title ?? 'Health monitor'}
      </Typography>
      {schema.description && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {schema.description}
        </Typography>
      )}
      <Box display="flex" style={{ gap: 16 }}>
        <TextField
          type="number"
          margin="dense"
          variant="outlined"
          label="Interval (seconds)"
          id="porter-monitor-interval"
          value={interval ?? ''}
          error={invalid}
          helperText={`How often the load balancer checks each pod; 1 to ${MONITOR_INTERVAL_MAX}`}
          inputProps={{ min: 1, max: MONITOR_INTERVAL_MAX, step: 1 }}
          onChange={e =>
            onChange({ interval: toNumber(e.target.value), timeout } as any)
          }
          style={{ flex: 1 }}
        />
        <TextField
          type="number"
          margin="dense"
          variant="outlined"
          label="Timeout (seconds)"
          id="porter-monitor-timeout"
          value={timeout ?? ''}
          error={invalid}
          helperText={`At least the interval${
            recommended
              ? `; F5 recommends 3 × interval + 1 = ${recommended}`
              : ''
          }; at most ${MONITOR_TIMEOUT_MAX}`}
          inputProps={{ min: 1, max: MONITOR_TIMEOUT_MAX, step: 1 }}
          onChange={e =>
            onChange({ interval, timeout: toNumber(e.target.value) } as any)
          }
          style={{ flex: 1 }}
        />
      </Box>
    </Box>
  );
};
