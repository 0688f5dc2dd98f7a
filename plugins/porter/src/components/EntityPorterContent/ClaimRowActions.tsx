import Box from '@material-ui/core/Box';
import {
  Claim,
  porterClaimDeletePermission,
  porterClaimUpdatePermission,
} from '@internal/plugin-porter-common';
import { useClaimPermission } from '../../hooks/usePorterPermission';
import { PermittedButton } from '../common/PermittedButton';

/** Change and Delete for one claim, each enabled only for users allowed to. */
export const ClaimRowActions = (props: {
  claim: Claim;
  owners?: string[];
  onEdit: (claim: Claim) => void;
  onDelete: (claim: Claim) => void;
}) => {
  const { claim, owners, onEdit, onDelete } = props;
  const mayUpdate = useClaimPermission(
    porterClaimUpdatePermission,
    claim,
    'change this exposure',
    owners,
  );
  const mayDelete = useClaimPermission(
    porterClaimDeletePermission,
    claim,
    'delete this exposure',
    owners,
  );
  return (
    <Box display="flex" style={{ gap: 4, whiteSpace: 'nowrap' }}>
      <PermittedButton
        size="small"
        variant="outlined"
        permission={mayUpdate}
        aria-label={`Change ${claim.name}`}
        onClick={() => onEdit(claim)}
      >
        Change
      </PermittedButton>
      <PermittedButton
        size="small"
        variant="outlined"
        color="secondary"
        permission={mayDelete}
        aria-label={`Delete ${claim.name}`}
        onClick={() => onDelete(claim)}
      >
        Delete
      </PermittedButton>
    </Box>
  );
};
