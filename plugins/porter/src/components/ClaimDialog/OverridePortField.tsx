import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import { crossConnectNames } from '@internal/plugin-porter-common';

/**
 * `overrideServicePort`, for a pair only: the cross-connect Services listen
 * on the claim's own port instead of the other side's VIP port.
 */
export const OverridePortField = (props: {
  checked: boolean;
  error?: string;
  service: string;
  servicePort: string;
  /** The pair, primary first. */
  clusters: [string, string];
  multiPort: boolean;
  onChange: (checked: boolean) => void;
}) => {
  const { checked, error, service, servicePort, clusters, multiPort } = props;
  const [primary, secondary] = clusters;
  const name = (remoteCluster: string) =>
    service && servicePort
      ? crossConnectNames({
          service,
          servicePort: Number(servicePort),
          remoteCluster,
          multiPort,
        }).primary
      : `the cross-connect to ${remoteCluster}`;
  return (
    <>
      <FormControlLabel
        control={
          <Checkbox
            checked={checked}
            color="primary"
            onChange={e => props.onChange(e.target.checked)}
          />
        }
        label="Cross-connects use the Service's own port (overrideServicePort)"
      />
      <FormHelperText error={!!error}>
        {error ??
          `When on, ${name(secondary)} in ${primary} and ${name(
            primary,
          )} in ${secondary} listen on ${
            servicePort ? `port ${servicePort}` : "the Service's own port"
          } instead of the other side's VIP port, so pods reach the other cluster on the same port as locally.`}
      </FormHelperText>
    </>
  );
};
