import Alert from '@material-ui/lab/Alert';
import type {
  ClusterSummary,
  ServiceSummary,
} from '@internal/plugin-porter-common';

/**
 * Before saving: a warning when the target Service is not NodePort in a
 * cluster that requires it (the platform's rule since February 2026). The
 * claim would be accepted, but its side would report an Error.
 */
export const ServiceTypeWarning = (props: {
  service?: ServiceSummary;
  namespace: string;
  /** The clusters the claim is realised in. */
  clusters: ClusterSummary[];
}) => {
  const { service, namespace, clusters } = props;
  if (!service || service.type === 'NodePort') return null;
  const requiring = clusters.filter(c => c.requireNodePort).map(c => c.name);
  if (requiring.length === 0) return null;
  const patch = `oc -n ${namespace} patch service ${service.name} -p '{"spec":{"type":"NodePort"}}'`;
  return (
    <Alert severity="warning" data-testid="porter-nodeport-warning">
      {requiring.join(' and ')}{' '}
      {requiring.length === 1 ? 'requires' : 'require'} NodePort Services for
      TCP exposures, and {service.name} is {service.type}. The exposure will
      report an Error until the Service is NodePort (<code>{patch}</code>);
      Porter then moves it to the NodePort address and keeps its port.
    </Alert>
  );
};
