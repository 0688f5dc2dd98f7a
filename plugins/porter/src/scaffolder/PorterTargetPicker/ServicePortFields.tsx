import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import type {
  ClusterSummary,
  ServiceSummary,
} from '@internal/plugin-porter-common';
import { ServiceTypeWarning } from '../../components/ClaimDialog/ServiceTypeWarning';

const tcpPorts = (service?: ServiceSummary) =>
  (service?.ports ?? []).filter(p => (p.protocol ?? 'TCP') === 'TCP');

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
  const portListed = ports.some(p => p.port === servicePort);
  return (
    <>
      <Box display="flex" style={{ gap: 16 }}>
        <TextField
          select
          margin="dense"
          variant="outlined"
          label="Service"
          id="porter-target-service"
          value={service ?? ''}
          helperText={
            selected
              ? `Type ${selected.type}`
              : 'The Kubernetes Service whose pods take the connections'
          }
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          onChange={e => {
            const picked = listed.find(s => s.name === e.target.value);
            if (picked) props.onService(picked);
          }}
          style={{ flex: 2 }}
        >
          {!selected && (
            <option value={service ?? ''}>
              {service ? `${service} (not found)` : 'Choose…'}
            </option>
          )}
          {listed.map(s => (
            <option key={s.name} value={s.name}>
              {s.name} ({s.type})
            </option>
          ))}
        </TextField>
        <TextField
          select
          margin="dense"
          variant="outlined"
          label="Port"
          id="porter-target-port"
          value={servicePort === undefined ? '' : String(servicePort)}
          disabled={!selected || ports.length === 0}
          helperText={
            selected && ports.length === 0
              ? `${selected.name} has no TCP port; F5 forwards TCP only`
              : 'The Service port (not the targetPort); TCP only'
          }
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          onChange={e => props.onPort(Number(e.target.value))}
          style={{ flex: 1 }}
        >
          {!portListed && (
            <option value={servicePort === undefined ? '' : servicePort}>
              {servicePort === undefined
                ? 'Choose…'
                : `${servicePort} (not on the Service)`}
            </option>
          )}
          {ports.map(p => (
            <option key={p.port} value={String(p.port)}>
              {p.port}
              {p.name ? ` (${p.name})` : ''}
            </option>
          ))}
        </TextField>
      </Box>
      <ServiceTypeWarning
        service={selected}
        namespace={props.namespace}
        clusters={props.clusters}
      />
    </>
  );
};
