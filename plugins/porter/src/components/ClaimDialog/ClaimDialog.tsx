import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { ClaimDialogContent, ClaimDialogProps } from './ClaimDialogContent';

/**
 * Create or change a claim: the form, then a dry run to review (addresses,
 * YAML, objects per cluster), then the saved claim's addresses.
 */
export const ClaimDialog = (
  props: ClaimDialogProps & {
    open: boolean;
    /** Porter's clusters are still loading, or could not be loaded. */
    clustersLoading?: boolean;
    clustersError?: Error;
  },
) => {
  const { open, clustersLoading, clustersError, ...rest } = props;
  let content: JSX.Element | null = null;
  if (open && (clustersLoading || clustersError)) {
    content = (
      <>
        <DialogTitle id="porter-claim-dialog-title">
          Expose a Service over TCP
        </DialogTitle>
        <DialogContent>
          {clustersLoading && <Progress />}
          {clustersError && (
            <ResponseErrorPanel
              title="Could not load Porter's clusters"
              error={clustersError}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={rest.onClose}>Close</Button>
        </DialogActions>
      </>
    );
  } else if (open) {
    content = <ClaimDialogContent {...rest} />;
  }
  return (
    <Dialog
      open={open}
      onClose={rest.onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="porter-claim-dialog-title"
    >
      {content}
    </Dialog>
  );
};
