import { CodeSnippet } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import type { KubernetesObject } from '@internal/plugin-porter-common';
import { stringify } from 'yaml';

/** Before applying a NetworkPolicy: the exact object, and the one cluster it goes to. */
export const PolicyApplyDialog = (props: {
  cluster?: string;
  policy?: KubernetesObject;
  onCancel: () => void;
  onConfirm: (cluster: string) => void;
}) => {
  const { cluster, policy, onCancel, onConfirm } = props;
  const open = !!cluster && !!policy;
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      maxWidth="md"
      fullWidth
      aria-labelledby="porter-policy-apply-title"
    >
      <DialogTitle id="porter-policy-apply-title">
        Apply a NetworkPolicy in {cluster}?
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" paragraph>
          Porter will create (or replace) NetworkPolicy{' '}
          <code>{policy?.metadata.name}</code> in namespace{' '}
          <code>{policy?.metadata.namespace}</code> of cluster{' '}
          <strong>{cluster}</strong> only, exactly as below. It admits traffic
          from the load balancer to the Service's pods; it does not change other
          clusters or other policies.
        </Typography>
        {policy && (
          <CodeSnippet
            text={stringify(policy)}
            language="yaml"
            showCopyCodeButton
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={() => cluster && onConfirm(cluster)}
        >
          Apply in {cluster}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
