import Dialog from '@material-ui/core/Dialog';
import type { Claim } from '@internal/plugin-porter-common';
import { DeleteClaimContent } from './DeleteClaimContent';

/** Confirms a delete: what goes in each cluster, and how long the ports stay reserved. */
export const DeleteClaimDialog = (props: {
  claim?: Claim;
  retentionDays?: number;
  onClose: () => void;
  onDeleted: (claim: Claim) => void;
}) => (
  <Dialog
    open={!!props.claim}
    onClose={props.onClose}
    maxWidth="sm"
    fullWidth
    aria-labelledby="porter-delete-title"
  >
    {props.claim && <DeleteClaimContent {...props} claim={props.claim} />}
  </Dialog>
);
