import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Alert from '@material-ui/lab/Alert';
import type {
  ClusterSummary,
  ServiceSummary,
} from '@internal/plugin-porter-common';
import { ServiceTypeWarning } from '../../components/ClaimDialog/ServiceTypeWarning';
import { PortSelect, ServiceSelect } from '../../components/ServicePortSelect';
import { tcpPorts } from '../../lib/tcpPorts';

/**
 * The Service to expose (with its type) and its TCP port, from the
 * namespace's Services as the backend lists them. Warns when the Service is
 * not NodePort where a cluster of the claim requires it.
 */
export const ServicePortFields = (props: {
  services: { value?: ServiceSummary[]; loading: boolean; error?: Error };
  /** "namespace abc in silver", for messages. */
  where: string;
  namespace: string;
  /** The clusters the claim is realised in. */
  clusters: ClusterSummary[];
  service?: string;
  servicePort?: number;
  onService: (service: ServiceSummary) => void;
  onPort: (port: number) => void;
}) => {
  const { services, where, service, servicePort } = props;
  if (services.loading) {
    return <LinearProgress aria-label="Loading Services" />;
  }
  if (services.error) {
    return (
      <Alert severity="error">
        Could not list the Services in {where}: {services.error.message}
      </Alert>
    );
  }
  const listed = services.value ?? [];
  if (listed.length === 0) {
    return (
      <Alert severity="info">
        There are no Services in {where}. Create the Service first (
        <code>oc -n {props.namespace} get services</code> lists them), then come
        back.
      </Alert>
    );
  }
  const selected = listed.find(s => s.name === service);
  const ports = tcpPorts(selected);
  return (
    <>
      <Box display="flex" style={{ gap: 16 }}>
        <ServiceSelect
          id="porter-target-service"
          services={listed}
          value={service ?? ''}
          helperText={
            selected
              ? `Type ${selected.type}`
              : 'The Kubernetes Service whose pods take the connections'
          }
          onChange={name => {
            const picked = listed.find(s => s.name === name);
            if (picked) props.onService(picked);
          }}
        />
        <PortSelect
          id="porter-target-port"
          ports={ports}
          value={servicePort === undefined ? '' : String(servicePort)}
          disabled={!selected || ports.length === 0}
          helperText={
            selected && ports.length === 0
              ? `${selected.name} has no TCP port; F5 forwards TCP only`
              : 'The Service port (not the targetPort); TCP only'
          }
          onChange={port => props.onPort(Number(port))}
        />
      </Box>
      <ServiceTypeWarning
        service={selected}
        namespace={props.namespace}
        clusters={props.clusters}
      />
    </>
  );
};
