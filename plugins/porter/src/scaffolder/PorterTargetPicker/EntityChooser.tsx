import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';

/**
 * Picks the component to expose, among `components` (those bound to a
 * namespace, the only ones Porter can make claims for). Used when the
 * template has no separate entity field.
 */
export const EntityChooser = (props: {
  components: { value?: string[]; loading: boolean; error?: Error };
  value?: string;
  onChange: (entityRef: string | undefined) => void;
}) => {
  const { value: refs, loading, error } = props.components;
  return (
    <Autocomplete
      options={refs ?? []}
      loading={loading}
      value={props.value ?? null}
      onChange={(_, ref) => props.onChange(ref ?? undefined)}
      renderInput={params => (
        <TextField
          {...params}
          margin="dense"
          variant="outlined"
          label="Component"
          error={!!error}
          helperText={
            error
              ? `Could not list the components: ${error.message}`
              : 'Components bound to a Kubernetes namespace'
          }
        />
      )}
    />
  );
};
