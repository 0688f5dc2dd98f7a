import { Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { Claim, KubernetesObject } from '@internal/plugin-porter-common';
import { useClaimManifests } from '../../hooks/useClaimManifests';
import { useDeleteClaim } from '../../hooks/useClaimWrites';
import { claimIdOf } from '../../lib/claimId';

const describeObject = (o: KubernetesObject) => `${o.kind} ${o.metadata.name}`;

/** How long the ports stay with this Service after the delete. */
function retentionSentence(claim: Claim, retentionDays?: number): string {
  const ports = claim.status.allocations
    .map(a => `${a.address}:${a.port} (${a.cluster})`)
    .join(' and ');
  const holder = `Service ${claim.spec.service} port ${claim.spec.servicePort} in namespace ${claim.namespace}`;
  if (!ports) return 'The claim holds no ports yet.';
  if (retentionDays === 0) {
    return `${ports} are freed at once; exposing ${holder} again may get other ports.`;
  }
  const window =
    retentionDays === undefined
      ? 'the retention window'
      : `${retentionDays} days`;
  return `${ports} stay reserved for ${holder} for ${window}: exposing it again within that time gets the same address and port back, so firewall rules and replicas keep working. After that they may go to another Service.`;
}

/** The delete dialog's content: what goes, how long the ports stay, and the buttons. */
export const DeleteClaimContent = (props: {
  claim: Claim;
  retentionDays?: number;
  onClose: () => void;
  onDeleted: (claim: Claim) => void;
}) => {
  const { claim, retentionDays, onClose, onDeleted } = props;
  const manifests = useClaimManifests(claimIdOf(claim));
  const [deletion, remove] = useDeleteClaim();
  const confirm = async () => {
    // useAsyncFn resolves to the error when the call fails.
    const result: unknown = await remove(claimIdOf(claim));
    if (!(result instanceof Error)) onDeleted(claim);
  };
  return (
    <>
      <DialogTitle id="porter-delete-title">Delete {claim.name}?</DialogTitle>
      <DialogContent>
        <Typography variant="body2" paragraph>
          Porter removes what it wrote for this exposure; connections through
          its addresses stop working. The Service itself is not touched.
        </Typography>
        {manifests.loading && <Progress />}
        {manifests.error && (
          <Alert severity="warning">
            Could not list the objects ({manifests.error.message}); Porter
            removes the TransportServer
            {claim.status.allocations.length > 1
              ? 's and cross-connects'
              : ''}{' '}
            it wrote in{' '}
            {claim.status.allocations.map(a => a.cluster).join(' and ')}.
          </Alert>
        )}
        {manifests.value?.items.map(item => (
          <Box
            key={item.cluster}
            mb={1}
            data-testid={`porter-delete-${item.cluster}`}
          >
            <Typography variant="subtitle2">In {item.cluster}:</Typography>
            <Box component="ul" my={0} pl={3}>
              {item.objects.map(o => (
                <Typography
                  key={describeObject(o)}
                  component="li"
                  variant="body2"
                >
                  {describeObject(o)}
                </Typography>
              ))}
            </Box>
          </Box>
        ))}
        <Typography
          variant="body2"
          paragraph
          data-testid="porter-delete-retention"
        >
          {retentionSentence(claim, retentionDays)}
        </Typography>
        {deletion.error && (
          <Alert severity="error">{deletion.error.message}</Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          color="secondary"
          disabled={deletion.loading}
          onClick={confirm}
        >
          Delete {claim.name}
        </Button>
      </DialogActions>
    </>
  );
};
