import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';

/** The always-visible warning about who can reach a TCP exposure. */
export const ReachabilityNote = () => (
  <Alert severity="warning" data-testid="porter-reachability-note">
    <AlertTitle>Who can reach a TCP exposure</AlertTitle>
    Every network user inside the data centre can connect to it (it is not
    reachable from the internet). A NetworkPolicy cannot narrow that down,
    because connections arrive through the F5 load balancer rather than from the
    callers themselves. Protect the service itself with strong authentication or
    mutual TLS.
  </Alert>
);
