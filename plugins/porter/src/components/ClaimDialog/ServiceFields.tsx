import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import {
  servicePortSchema,
  ServiceSummary,
} from '@internal/plugin-porter-common';
import type { ClaimFormValues, FieldErrors } from '../../lib/claimForm';
import { tcpPorts } from '../../lib/tcpPorts';
import { PortSelect, ServiceSelect } from '../ServicePortSelect';

const describePorts = (service: ServiceSummary) =>
  service.ports
    .map(p => `${p.port}/${p.protocol ?? 'TCP'}${p.name ? ` ${p.name}` : ''}`)
    .join(', ');

/**
 * The Service to expose and its port, picked from the namespace's Services
 * (with their type and ports). When they cannot be listed (the cluster does
 * not let the user, or cannot be reached), the name and port are typed instead.
 */
export const ServiceFields = (props: {
  services: { value?: ServiceSummary[]; loading: boolean; error?: Error };
  where: string;
  /** Why the cluster does not let the user list the Services here (they are typed instead). */
  listRefusal?: string;
  values: ClaimFormValues;
  errors: FieldErrors;
  /** Editing a claim: its Service is fixed. */
  serviceFixed: boolean;
  onService: (service: string) => void;
  onChange: (patch: Partial<ClaimFormValues>) => void;
}) => {
  const { services, where, listRefusal, values, errors, serviceFixed } = props;
  const { onService, onChange } = props;
  const listed = services.value;
  const selected = listed?.find(s => s.name === values.service);
  // While loading, the (disabled) list stands in for what comes.
  const picking = services.loading || (!!listed && listed.length > 0);
  const ports = tcpPorts(selected);
  const serviceHelp =
    errors.service ??
    (selected
      ? `Type ${selected.type}; ports ${describePorts(selected)}`
      : 'The Kubernetes Service whose pods take the connections.');
  const portHelp =
    errors.servicePort ??
    'The Service port (not the targetPort); F5 forwards TCP only.';
  return (
    <>
      {listRefusal && (
        <Alert severity="info" data-testid="porter-services-not-listed">
          Type the Service name and port: Porter cannot list the Services in{' '}
          {where} for you. {listRefusal}
        </Alert>
      )}
      {services.error && (
        <Alert severity="warning">
          Could not list the Services in {where} ({services.error.message}).
          Type the Service name and port instead.
        </Alert>
      )}
      {listed && listed.length === 0 && (
        <Alert severity="info">
          There are no Services in {where} yet. Create the Service first, or
          type the name of the one you are about to create.
        </Alert>
      )}
      <Box display="flex" style={{ gap: 16 }}>
        {picking ? (
          <ServiceSelect
            id="porter-claim-service"
            services={listed ?? []}
            value={values.service}
            loading={services.loading}
            disabled={serviceFixed || services.loading}
            error={!!errors.service}
            helperText={serviceHelp}
            onChange={onService}
          />
        ) : (
          <TextField
            margin="dense"
            variant="outlined"
            label="Service"
            id="porter-claim-service"
            value={values.service}
            disabled={serviceFixed}
            error={!!errors.service}
            helperText={serviceHelp}
            onChange={e => onService(e.target.value)}
            style={{ flex: 2 }}
          />
        )}
        {selected && ports.length > 0 ? (
          <PortSelect
            id="porter-claim-port"
            ports={ports}
            value={values.servicePort}
            error={!!errors.servicePort}
            helperText={portHelp}
            onChange={servicePort => onChange({ servicePort })}
          />
        ) : (
          <TextField
            type="number"
            margin="dense"
            variant="outlined"
            label="Port"
            id="porter-claim-port"
            value={values.servicePort}
            error={!!errors.servicePort}
            helperText={portHelp}
            inputProps={{
              min: servicePortSchema.minValue,
              max: servicePortSchema.maxValue,
            }}
            onChange={e => onChange({ servicePort: e.target.value })}
            style={{ flex: 1 }}
          />
        )}
      </Box>
    </>
  );
};
