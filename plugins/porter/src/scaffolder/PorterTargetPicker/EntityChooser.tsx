import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';
import { isPorterAvailable } from '../../isPorterAvailable';

/**
 * Picks the component to expose, among those bound to a namespace (the
 * only ones Porter can make claims for). Used when the template has no
 * separate entity field.
 */
export const EntityChooser = (props: {
  value?: string;
  onChange: (entityRef: string | undefined) => void;
}) => {
  const catalogApi = useApi(catalogApiRef);
  const {
    value: refs,
    loading,
    error,
  } = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Component' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.annotations',
      ],
    });
    return items
      .filter(isPorterAvailable)
      .map(e => stringifyEntityRef(e))
      .sort();
  }, [catalogApi]);

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
