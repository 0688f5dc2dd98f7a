import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import type {
  ClusterSummary,
  ServiceSummary,
} from '@internal/plugin-porter-common';
import type { ClaimFormValues, FieldErrors } from '../../lib/claimForm';
import type { TargetChoice } from '../../lib/targets';
import { MonitorFields } from './MonitorFields';
import { OverridePortField } from './OverridePortField';
import { ServiceFields } from './ServiceFields';
import { ServiceTypeWarning } from './ServiceTypeWarning';
import { TargetField } from './TargetField';

/** The claim's fields; the same for a new claim and a change (where the target, name and Service are fixed). */
export const ClaimForm = (props: {
  editing: boolean;
  choices: TargetChoice[];
  target?: TargetChoice;
  /** Porter's summaries of the clusters the target is realised in. */
  targetClusters: ClusterSummary[];
  services: { value?: ServiceSummary[]; loading: boolean; error?: Error };
  values: ClaimFormValues;
  errors: FieldErrors;
  onTarget: (key: string) => void;
  onService: (service: string) => void;
  onChange: (patch: Partial<ClaimFormValues>) => void;
}) => {
  const { editing, choices, target, targetClusters, services } = props;
  const { values, errors, onTarget, onService, onChange } = props;
  const selected = services.value?.find(s => s.name === values.service);
  const where = target
    ? `namespace ${target.namespace} on ${target.cluster}`
    : 'the namespace';
  return (
    <Box display="flex" flexDirection="column">
      <TargetField
        choices={choices}
        value={values.target}
        error={errors.target}
        disabled={editing}
        onChange={onTarget}
      />
      {target && (
        <ServiceFields
          services={services}
          where={where}
          values={values}
          errors={errors}
          serviceFixed={editing}
          onService={onService}
          onChange={onChange}
        />
      )}
      {target && (
        <ServiceTypeWarning
          service={selected}
          namespace={target.namespace}
          clusters={targetClusters}
        />
      )}
      <TextField
        margin="dense"
        variant="outlined"
        label="Claim name"
        id="porter-claim-name"
        value={values.name}
        disabled={editing}
        error={!!errors.name}
        helperText={
          errors.name ??
          'The TransportServerClaim (and TransportServer) name, unique in the namespace.'
        }
        onChange={e => onChange({ name: e.target.value, nameEdited: true })}
      />
      <MonitorFields values={values} errors={errors} onChange={onChange} />
      {target && target.clusters.length === 2 && (
        <OverridePortField
          checked={values.overrideServicePort}
          error={errors.overrideServicePort}
          service={values.service}
          servicePort={values.servicePort}
          clusters={[target.clusters[0], target.clusters[1]]}
          multiPort={(selected?.ports.length ?? 0) > 1}
          onChange={checked => onChange({ overrideServicePort: checked })}
        />
      )}
    </Box>
  );
};
