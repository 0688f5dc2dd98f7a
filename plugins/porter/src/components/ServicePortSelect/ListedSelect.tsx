import TextField from '@material-ui/core/TextField';
import type { ReactNode } from 'react';

/**
 * A native select of what the backend listed. A value that is not among
 * the options (none yet, a stale one, the list still loading) stands as a
 * first option with the `unlisted` text, rather than vanishing.
 */
export const ListedSelect = (props: {
  id: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  value: string;
  unlisted: string;
  /** Its share of the row it stands in. */
  flex: number;
  disabled?: boolean;
  error?: boolean;
  helperText: ReactNode;
  onChange: (value: string) => void;
}) => {
  const { id, label, options, value, unlisted, flex } = props;
  return (
    <TextField
      select
      margin="dense"
      variant="outlined"
      label={label}
      id={id}
      value={value}
      disabled={props.disabled}
      error={props.error}
      helperText={props.helperText}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      onChange={e => props.onChange(e.target.value)}
      style={{ flex }}
    >
      {!options.some(o => o.value === value) && (
        <option value={value}>{unlisted}</option>
      )}
      {options.map(o => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </TextField>
  );
};
