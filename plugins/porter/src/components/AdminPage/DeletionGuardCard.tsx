import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import {
  DeletionGuardStatus,
  porterAdminConfirmPermission,
} from '@internal/plugin-porter-common';
import { Timestamp } from '../common/Timestamp';
import { HeldObjectsList } from './HeldObjectsList';

/**
 * One cluster where the reconciler holds deletions back: how many of how
 * many, why, since when, the objects, and either who confirmed them or (for
 * administrators allowed to) the way to confirm. Presentational.
 */
export const DeletionGuardCard = (props: {
  guard: DeletionGuardStatus;
  /** The user has `porter.admin.confirm`. */
  mayConfirm: boolean;
  onReview: () => void;
}) => {
  const { guard, mayConfirm, onReview } = props;
  const { cluster, wouldDelete, total, confirmed } = guard;
  return (
    <Alert
      severity={confirmed ? 'warning' : 'error'}
      data-testid={`porter-deletion-guard-${cluster}`}
    >
      <AlertTitle>
        {confirmed
          ? `Deletions confirmed in ${cluster}`
          : `Deletions held back in ${cluster}`}
      </AlertTitle>
      <Typography variant="body2" paragraph>
        A reconciler pass would delete{' '}
        <strong>
          {wouldDelete} of this portal's {total} objects
        </strong>{' '}
        in {cluster}: objects of claims this database has no record of.{' '}
        {confirmed
          ? ''
          : 'Porter deleted nothing, and deletes nothing there until an administrator confirms or the condition clears.'}
      </Typography>
      <Typography variant="body2" paragraph>
        <strong>Why it was held:</strong> {guard.reason}
      </Typography>
      <Typography variant="body2" paragraph>
        Held since <Timestamp at={guard.since} />; last pass{' '}
        <Timestamp at={guard.observedAt} />.
      </Typography>
      {confirmed && (
        <Typography variant="body2" paragraph role="status">
          <strong>
            Confirmed by {confirmed.by ?? 'an administrator'}{' '}
            <Timestamp at={confirmed.at} />
          </strong>{' '}
          for up to {confirmed.objects} deletions: the next pass deletes them.
        </Typography>
      )}
      {!confirmed && mayConfirm && (
        <Box mb={2}>
          <Button color="secondary" variant="contained" onClick={onReview}>
            Review and confirm
          </Button>
        </Box>
      )}
      {!confirmed && !mayConfirm && (
        <Typography variant="body2" paragraph>
          Only platform administrators with{' '}
          <code>{porterAdminConfirmPermission.name}</code> can confirm these
          deletions. If these claims should exist, do not confirm: check that
          the backend uses the right database.
        </Typography>
      )}
      <Accordion variant="outlined" TransitionProps={{ unmountOnExit: true }}>
        <AccordionSummary
          expandIcon={<ExpandMoreIcon />}
          aria-controls={`porter-held-${cluster}`}
        >
          <Typography variant="body2">The objects ({wouldDelete})</Typography>
        </AccordionSummary>
        <AccordionDetails id={`porter-held-${cluster}`}>
          <HeldObjectsList guard={guard} />
        </AccordionDetails>
      </Accordion>
    </Alert>
  );
};
