import Grid from '@material-ui/core/Grid';
import type { Claim } from '@internal/plugin-porter-common';
import { useCallback, useState } from 'react';
import { ChecksPanel } from './ChecksPanel';
import { ClaimHistory } from './ClaimHistory';
import { ConnectPanel } from './ConnectPanel';
import { SideDetails } from './SideDetails';

/** A claim's row, opened: how to connect, the checks to run, each cluster's state, and what happened. */
export const ClaimDetails = (props: {
  claim: Claim;
  owners?: string[];
  /** Something changed from here (a policy applied). */
  onChanged?: () => void;
}) => {
  const { claim, owners, onChanged } = props;
  // Bumped when a check writes something, so the history shows it.
  const [writes, setWrites] = useState(0);
  const changed = useCallback(() => {
    setWrites(n => n + 1);
    onChanged?.();
  }, [onChanged]);
  return (
    <Grid container spacing={2} style={{ padding: 16 }}>
      <Grid item xs={12} md={6}>
        <ConnectPanel claim={claim} />
      </Grid>
      <Grid item xs={12} md={6}>
        <ChecksPanel claim={claim} owners={owners} onChanged={changed} />
      </Grid>
      <Grid item xs={12} md={6}>
        <SideDetails claim={claim} />
      </Grid>
      <Grid item xs={12} md={6}>
        <ClaimHistory claim={claim} revision={`${claim.updatedAt}/${writes}`} />
      </Grid>
    </Grid>
  );
};
