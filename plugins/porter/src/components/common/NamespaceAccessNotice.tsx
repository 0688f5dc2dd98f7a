import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { AccessState } from '../../hooks/useNamespaceAccess';
import { AccessRefusal } from './AccessRefusal';

/**
 * What a form says about the user's access to the chosen namespace, before
 * anything else: checking, could not check (the form goes on; the backend
 * checks again on save), or the refusal. Nothing when claims may be made.
 */
export const NamespaceAccessNotice = (props: {
  access?: AccessState;
  namespace: string;
  /** Where the claim would be realised, e.g. "gold + golddr". */
  label: string;
  onRetry: () => void;
}) => {
  const { access, namespace, label, onRetry } = props;
  if (!access) return null;
  const where = `namespace ${namespace} on ${label}`;
  if (access.loading) {
    return (
      <>
        <LinearProgress aria-label={`Checking your access to ${where}`} />
        <Typography variant="caption" color="textSecondary">
          Asking the cluster what you may do in {where}…
        </Typography>
      </>
    );
  }
  if (access.error) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" onClick={onRetry}>
            Try again
          </Button>
        }
      >
        Could not check what you may do in {where} ({access.error.message}). You
        can go on: Porter checks again when you save.
      </Alert>
    );
  }
  if (access.value && !access.value.createClaims.allowed) {
    return <AccessRefusal access={access.value} label={label} />;
  }
  return null;
};
