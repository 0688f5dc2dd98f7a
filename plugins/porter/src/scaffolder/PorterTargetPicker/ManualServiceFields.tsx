import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { servicePortSchema } from '@internal/plugin-porter-common';

/**
 * The Service and its port, typed, where the cluster does not let the user
 * list the namespace's Services (`reason` says so); the template's run
 * checks them.
 */
export const ManualServiceFields = (props: {
  /** "namespace abc in silver", for messages. */
  where: string;
  reason: string;
  service?: string;
  servicePort?: number;
  onService: (service: string | undefined) => void;
  onPort: (port: number | undefined) => void;
}) => {
  const { where, reason, service, servicePort, onService, onPort } = props;
  return (
    <>
      <Alert severity="info" data-testid="porter-services-not-listed">
        Type the Service name and port: Porter cannot list the Services in{' '}
        {where} for you. {reason}
      </Alert>
      <Box display="flex" style={{ gap: 16 }}>
        <TextField
          margin="dense"
          variant="outlined"
          label="Service"
          id="porter-target-service"
          value={service ?? ''}
          helperText="The Kubernetes Service whose pods take the connections"
          onChange={e => onService(e.target.value.trim() || undefined)}
          style={{ flex: 2 }}
        />
        <TextField
          type="number"
          margin="dense"
          variant="outlined"
          label="Port"
          id="porter-target-port"
          value={servicePort === undefined ? '' : String(servicePort)}
          helperText="The Service port (not the targetPort); TCP only"
          inputProps={{
            min: servicePortSchema.minValue,
            max: servicePortSchema.maxValue,
          }}
          onChange={e =>
            onPort(e.target.value === '' ? undefined : Number(e.target.value))
          }
          style={{ flex: 1 }}
        />
      </Box>
    </>
  );
};
