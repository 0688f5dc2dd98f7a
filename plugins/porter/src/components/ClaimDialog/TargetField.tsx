import FormHelperText from '@material-ui/core/FormHelperText';
import TextField from '@material-ui/core/TextField';
import type { TargetChoice } from '../../lib/targets';

/**
 * Where to expose the Service: the entity's bound namespaces per cluster, a
 * pair as one choice. Choices that cannot take a claim are listed disabled,
 * and their reasons are spelled out below the field. Choices where the user
 * may not create claims (`refused`) stay choosable, marked, so the form can
 * explain the refusal in full; the reasons of those not chosen are below.
 */
export const TargetField = (props: {
  choices: TargetChoice[];
  value: string;
  error?: string;
  disabled?: boolean;
  /** Choice key → why the user may not create claims there. */
  refused?: Record<string, string>;
  onChange: (key: string) => void;
}) => {
  const { choices, value, error, disabled, refused = {}, onChange } = props;
  const unavailable = choices.filter(c => c.disabledReason);
  const noAccess = choices.filter(c => refused[c.key] && c.key !== value);
  return (
    <>
      <TextField
        select
        fullWidth
        margin="dense"
        variant="outlined"
        label="Cluster and namespace"
        id="porter-claim-target"
        value={value}
        disabled={disabled}
        error={!!error}
        helperText={
          error ??
          'A pair is realised in both clusters: one address and port in each.'
        }
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        onChange={e => onChange(e.target.value)}
      >
        {value === '' && <option value="">Choose…</option>}
        {choices.map(choice => (
          <option
            key={choice.key}
            value={choice.key}
            disabled={!!choice.disabledReason}
          >
            {choice.label} · {choice.namespace}
            {choice.disabledReason ? ' (not available)' : ''}
            {refused[choice.key] ? ' (no access)' : ''}
          </option>
        ))}
      </TextField>
      {unavailable.map(choice => (
        <FormHelperText
          key={choice.key}
          data-testid="porter-target-unavailable"
        >
          {choice.label} · {choice.namespace} is not offered:{' '}
          {choice.disabledReason}
        </FormHelperText>
      ))}
      {noAccess.map(choice => (
        <FormHelperText key={choice.key} data-testid="porter-target-no-access">
          {choice.label} · {choice.namespace}: no access. {refused[choice.key]}
        </FormHelperText>
      ))}
    </>
  );
};
