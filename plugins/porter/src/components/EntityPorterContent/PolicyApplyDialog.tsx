import { CodeSnippet, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { PolicySide } from '@internal/plugin-porter-common';
import { stringify } from 'yaml';
import { admittedPorts } from '../../lib/policyFix';
import { IsolationConfirm } from './IsolationConfirm';

/**
 * Before applying a NetworkPolicy: the exact object, and the one cluster it
 * goes to. When the fix would isolate pods that accept all traffic now, that
 * is said plainly and needs its own checkbox; the apply then carries
 * `confirmIsolation`. A refusal because the state changed meanwhile (409)
 * is shown with a way to check again. Presentational.
 */
export const PolicyApplyDialog = (props: {
  /** The cluster being reviewed; the dialog is closed without it. */
  cluster?: string;
  /** That cluster's verdict as last checked. */
  side?: PolicySide;
  /** The verdicts are being checked again. */
  checking: boolean;
  applying: boolean;
  /** Why the backend refused the last apply (409: the state changed). */
  conflict?: string;
  /** The isolation checkbox, ticked. */
  isolationConfirmed: boolean;
  onIsolationConfirmed: (confirmed: boolean) => void;
  onCancel: () => void;
  onConfirm: (cluster: string, confirmIsolation: boolean) => void;
  onReviewAgain: () => void;
}) => {
  const { cluster, side, checking, applying, conflict } = props;
  const { isolationConfirmed, onIsolationConfirmed } = props;
  const { onCancel, onConfirm, onReviewAgain } = props;
  const policy = side?.verdict?.fix;
  const isolates = side?.verdict?.wouldIsolate ?? [];
  const ready = !!policy && (isolates.length === 0 || isolationConfirmed);
  return (
    <Dialog
      open={!!cluster}
      onClose={onCancel}
      maxWidth="md"
      fullWidth
      aria-labelledby="porter-policy-apply-title"
    >
      <DialogTitle id="porter-policy-apply-title">
        Apply a NetworkPolicy in {cluster}?
      </DialogTitle>
      <DialogContent>
        {checking && <Progress />}
        {conflict && (
          <Box mb={2}>
            <Alert
              severity="error"
              role="alert"
              action={
                <Button color="inherit" onClick={onReviewAgain}>
                  Review again
                </Button>
              }
            >
              Porter did not apply it: {conflict}
            </Alert>
          </Box>
        )}
        {!checking && !policy && (
          <Typography variant="body2" paragraph>
            There is nothing to apply in {cluster} now
            {side?.verdict ? `: ${side.verdict.summary}` : '.'}
          </Typography>
        )}
        {policy && (
          <>
            <Typography variant="body2" paragraph>
              Porter will create (or replace) NetworkPolicy{' '}
              <code>{policy.metadata.name}</code> in namespace{' '}
              <code>{policy.metadata.namespace}</code> of cluster{' '}
              <strong>{cluster}</strong> only, exactly as below. It admits
              traffic from the load balancer to the Service's pods; it does not
              change other clusters or other policies.
            </Typography>
            {isolates.length > 0 && (
              <Box mb={2}>
                <IsolationConfirm
                  pods={isolates}
                  ports={admittedPorts(policy)}
                  confirmed={isolationConfirmed}
                  onConfirmed={onIsolationConfirmed}
                />
              </Box>
            )}
            <CodeSnippet
              text={stringify(policy)}
              language="yaml"
              showCopyCodeButton
            />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{policy ? 'Cancel' : 'Close'}</Button>
        {policy && (
          <Button
            color="primary"
            variant="contained"
            disabled={!ready || applying || checking || !!conflict}
            onClick={() => cluster && onConfirm(cluster, isolates.length > 0)}
          >
            {applying ? 'Applying…' : `Apply in ${cluster}`}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
