import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import {
  DEFAULT_MONITOR,
  MONITOR_INTERVAL_MAX,
  MONITOR_TIMEOUT_MAX,
} from '@internal/plugin-porter-common';
import type { ClaimFormValues, FieldErrors } from '../../lib/claimForm';

/** The load balancer's TCP health monitor: how often it checks, and when it gives up. */
export const MonitorFields = (props: {
  values: ClaimFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<ClaimFormValues>) => void;
}) => {
  const { values, errors, onChange } = props;
  return (
    <Box display="flex" style={{ gap: 16 }}>
      <TextField
        type="number"
        margin="dense"
        variant="outlined"
        label="Monitor interval (seconds)"
        id="porter-claim-interval"
        value={values.interval}
        error={!!errors['monitor.interval']}
        helperText={
          errors['monitor.interval'] ??
          `How often the load balancer checks the pods: 1 to ${MONITOR_INTERVAL_MAX} (default ${DEFAULT_MONITOR.interval}).`
        }
        inputProps={{ min: 1, max: MONITOR_INTERVAL_MAX, step: 1 }}
        onChange={e => onChange({ interval: e.target.value })}
        style={{ flex: 1 }}
      />
      <TextField
        type="number"
        margin="dense"
        variant="outlined"
        label="Monitor timeout (seconds)"
        id="porter-claim-timeout"
        value={values.timeout}
        error={!!errors['monitor.timeout']}
        helperText={
          errors['monitor.timeout'] ??
          `How long without an answer before a pod counts as down: at least the interval, at most ${MONITOR_TIMEOUT_MAX} (default ${DEFAULT_MONITOR.timeout}; F5 recommends 3 × interval + 1).`
        }
        inputProps={{ min: 1, max: MONITOR_TIMEOUT_MAX, step: 1 }}
        onChange={e => onChange({ timeout: e.target.value })}
        style={{ flex: 1 }}
      />
    </Box>
  );
};
