import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';

/**
 * The part of a NetworkPolicy fix people must agree to on its own: pods that
 * accept traffic from everywhere now would accept only the load balancer on
 * the claimed port. Presentational; `confirmed` is the checkbox.
 */
export const IsolationConfirm = (props: {
  pods: string[];
  /** "port 5432"; undefined when the fix names no port. */
  ports?: string;
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
}) => {
  const { pods, ports, confirmed, onConfirmed } = props;
  const one = pods.length === 1;
  return (
    <Alert severity="warning" data-testid="porter-policy-isolation">
      <AlertTitle>
        {one ? 'One pod' : `${pods.length} pods`} would be cut off from
        everything else
      </AlertTitle>
      <Typography variant="body2">
        {one ? 'This pod accepts' : 'These pods accept'} traffic from everywhere
        now (no NetworkPolicy selects {one ? 'it' : 'them'}):
      </Typography>
      <Box component="ul" my={0.5} pl={3} aria-label="Pods the fix isolates">
        {pods.map(pod => (
          <Typography key={pod} component="li" variant="body2">
            <code>{pod}</code>
          </Typography>
        ))}
      </Box>
      <Typography variant="body2" paragraph>
        The fix makes {one ? 'it' : 'them'} accept only the F5 ingress
        {ports ? ` on ${ports}` : ''}: anything else that reaches{' '}
        {one ? 'it' : 'them'} today (other pods, other namespaces, the
        platform's routers, monitoring) would be cut off, until another
        NetworkPolicy admits it.
      </Typography>
      <FormControlLabel
        control={
          <Checkbox
            checked={confirmed}
            onChange={e => onConfirmed(e.target.checked)}
          />
        }
        label={`I checked that nothing else needs to reach ${
          one ? 'this pod' : 'these pods'
        }: isolate ${one ? 'it' : 'them'}`}
      />
    </Alert>
  );
};
