import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { ApplyClaimResult } from '@internal/plugin-porter-common';
import { AllocationList } from '../EntityPorterContent/AllocationList';

/** After saving: the claim's addresses at once, and what happens next. */
export const ClaimSaved = (props: { result: ApplyClaimResult }) => {
  const { claim, created } = props.result;
  const clusters = claim.status.allocations.map(a => a.cluster).join(' and ');
  return (
    <>
      <Alert severity="success">
        {claim.name} is {created ? 'created' : 'saved'}. It is reachable inside
        the data centre at:
      </Alert>
      <div data-testid="porter-saved-allocations" style={{ margin: '16px 0' }}>
        <AllocationList allocations={claim.status.allocations} />
      </div>
      <Typography variant="body2" paragraph>
        Porter is setting it up in {clusters}; the table shows each cluster's
        state and updates by itself until it settles. Callers outside the
        cluster may need a firewall rule: open the row and use "Copy firewall
        request".
      </Typography>
    </>
  );
};
