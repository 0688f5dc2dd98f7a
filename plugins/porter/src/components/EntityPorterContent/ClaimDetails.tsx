import Grid from '@material-ui/core/Grid';
import type { Claim } from '@internal/plugin-porter-common';
import { ChecksPanel } from './ChecksPanel';
import { ConnectPanel } from './ConnectPanel';

/** A claim's row, opened: how to connect, and the checks to run. */
export const ClaimDetails = (props: { claim: Claim }) => (
  <Grid container spacing={2} style={{ padding: 16 }}>
    <Grid item xs={12} md={6}>
      <ConnectPanel claim={props.claim} />
    </Grid>
    <Grid item xs={12} md={6}>
      <ChecksPanel claim={props.claim} />
    </Grid>
  </Grid>
);
