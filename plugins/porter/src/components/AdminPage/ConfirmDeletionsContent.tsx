import { Progress } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { DeletionGuardStatus } from '@internal/plugin-porter-common';
import { useState } from 'react';
import { useConfirmDeletionGuard } from '../../hooks/useConfirmDeletionGuard';
import { isConflict } from '../../lib/httpStatus';
import { HeldObjectsList } from './HeldObjectsList';

/**
 * What the next pass will delete in one cluster, and the confirmation. It
 * sends the number shown; when the guard holds another number by then (409)
 * it says so and has the overview reloaded, so the administrator confirms
 * only what they saw.
 */
export const ConfirmDeletionsContent = (props: {
  cluster: string;
  /** The guard as last loaded; absent when it no longer holds. */
  guard?: DeletionGuardStatus;
  /** The overview is loading again. */
  reloading: boolean;
  onClose: () => void;
  /** Load the overview again (after a confirmation, or when the number changed). */
  onReload: () => void;
}) => {
  const { cluster, guard, reloading, onClose, onReload } = props;
  const [confirmation, confirm] = useConfirmDeletionGuard();
  const [changed, setChanged] = useState<string>();

  const submit = async () => {
    if (!guard) return;
    setChanged(undefined);
    // useAsyncFn resolves to the error when the call fails.
    const result: unknown = await confirm(cluster, guard.wouldDelete);
    if (isConflict(result)) {
      setChanged((result as Error).message);
      onReload();
    } else if (!(result instanceof Error)) {
      onReload();
      onClose();
    }
  };
  const failed =
    confirmation.error && !isConflict(confirmation.error)
      ? confirmation.error
      : undefined;

  if (!guard || guard.confirmed) {
    return (
      <>
        <DialogTitle id="porter-confirm-deletions-title">
          Nothing to confirm in {cluster}
        </DialogTitle>
        <DialogContent>
          {reloading && <Progress />}
          <Typography variant="body2" paragraph>
            {guard?.confirmed
              ? `${
                  guard.confirmed.by ?? 'An administrator'
                } has confirmed these deletions already: the next pass deletes them.`
              : `The deletion guard no longer holds anything back in ${cluster}: the condition cleared, or the deletions went ahead.`}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Close</Button>
        </DialogActions>
      </>
    );
  }
  const { wouldDelete, total } = guard;
  return (
    <>
      <DialogTitle id="porter-confirm-deletions-title">
        Delete {wouldDelete} objects in {cluster}?
      </DialogTitle>
      <DialogContent dividers>
        {changed && (
          <Alert severity="warning" role="alert">
            The number of held deletions changed since you opened this:{' '}
            {changed}{' '}
            {reloading
              ? 'Loading them again…'
              : 'Below are the objects as they are held now: review them again before you confirm.'}
          </Alert>
        )}
        <Typography variant="body2" paragraph>
          The next reconciler pass in <strong>{cluster}</strong> deletes these{' '}
          <strong>{wouldDelete}</strong> objects, of the {total} this portal has
          there. Their claims are not in this database; any exposure they still
          serve stops working, and Porter cannot bring them back.
        </Typography>
        <HeldObjectsList guard={guard} />
        <Typography variant="body2" color="textSecondary" paragraph>
          Your confirmation covers {wouldDelete} deletions and no more: if a
          later pass finds more, the guard holds again and asks anew.
        </Typography>
        {failed && (
          <Alert severity="error" role="alert">
            Not confirmed: {failed.message}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          color="secondary"
          disabled={confirmation.loading || reloading}
          onClick={submit}
        >
          Delete {wouldDelete} objects in {cluster}
        </Button>
      </DialogActions>
    </>
  );
};
