import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import useAsync from 'react-use/esm/useAsync';
import { porterApiRef } from '../../api';
import { ClaimsTable } from './ClaimsTable';
import { NoClaimsEmptyState } from './NoClaimsEmptyState';
import { ReachabilityNote } from './ReachabilityNote';

/** The "TCP exposures" entity tab: the entity's TransportServerClaims, read-only. */
export const EntityPorterContent = () => {
  const { entity } = useEntity();
  const porterApi = useApi(porterApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => porterApi.listClaims({ entityRef }),
    [porterApi, entityRef],
  );

  let body: JSX.Element;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    // The panel's title is the error message, which leads with the server's own words.
    body = <ResponseErrorPanel error={error} />;
  } else if (!value || value.items.length === 0) {
    body = <NoClaimsEmptyState entity={entity} />;
  } else {
    body = <ClaimsTable claims={value.items} />;
  }

  return (
    <Grid container spacing={3} direction="column">
      <Grid item>
        <ReachabilityNote />
      </Grid>
      <Grid item>{body}</Grid>
    </Grid>
  );
};
