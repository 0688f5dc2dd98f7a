import Box from '@material-ui/core/Box';
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
    // Two columns where there is room, one where there is not; no negative
    // margins (a Grid's spacing would overflow the table cell).
    <Box
      p={2}
      style={{
        display: 'grid',
        gap: 16,
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
      }}
    >
      <ConnectPanel claim={claim} />
      <ChecksPanel claim={claim} owners={owners} onChanged={changed} />
      <SideDetails claim={claim} />
      <ClaimHistory claim={claim} revision={`${claim.updatedAt}/${writes}`} />
    </Box>
  );
};
