import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import type {
  ClusterSummary,
  ServiceSummary,
} from '@internal/plugin-porter-common';
import type { AccessState } from '../../hooks/useNamespaceAccess';
import type { ClaimFormValues, FieldErrors } from '../../lib/claimForm';
import { placeAccess } from '../../lib/targetAccess';
import type { TargetChoice } from '../../lib/targets';
import { NamespaceAccessNotice } from '../common/NamespaceAccessNotice';
import { MonitorFields } from './MonitorFields';
import { OverridePortField } from './OverridePortField';
import { ServiceFields } from './ServiceFields';
import { ServiceTypeWarning } from './ServiceTypeWarning';
import { TargetField } from './TargetField';

/**
 * The claim's fields; the same for a new claim and a change (where the
 * target, name and Service are fixed). The rest of the form shows once the
 * cluster has said the user may create claims in the chosen namespace.
 */
export const ClaimForm = (props: {
  editing: boolean;
  choices: TargetChoice[];
  target?: TargetChoice;
  /** Porter's summaries of the clusters the target is realised in. */
  targetClusters: ClusterSummary[];
  services: { value?: ServiceSummary[]; loading: boolean; error?: Error };
  /** What the user may do in the chosen namespace. */
  access?: AccessState;
  /** Choice key → why the user may not create claims there. */
  refused: Record<string, string>;
  onRetryAccess: () => void;
  values: ClaimFormValues;
  errors: FieldErrors;
  onTarget: (key: string) => void;
  onService: (service: string) => void;
  onChange: (patch: Partial<ClaimFormValues>) => void;
}) => {
  const { editing, choices, target, targetClusters, services } = props;
  const { access, refused, onRetryAccess } = props;
  const { values, errors, onTarget, onService, onChange } = props;
  const selected = services.value?.find(s => s.name === values.service);
  const where = target
    ? `namespace ${target.namespace} on ${target.cluster}`
    : 'the namespace';
  const { ready, mayCreate, listRefusal } = placeAccess(access);
  const open = !target || (ready && mayCreate);
  return (
    <Box display="flex" flexDirection="column">
      <TargetField
        choices={choices}
        value={values.target}
        error={errors.target}
        disabled={editing}
        refused={refused}
        onChange={onTarget}
      />
      {target && (
        <NamespaceAccessNotice
          access={access}
          namespace={target.namespace}
          label={target.label}
          onRetry={onRetryAccess}
        />
      )}
      {target && open && (
        <ServiceFields
          services={services}
          where={where}
          listRefusal={listRefusal}
          values={values}
          errors={errors}
          serviceFixed={editing}
          onService={onService}
          onChange={onChange}
        />
      )}
      {target && open && (
        <ServiceTypeWarning
          service={selected}
          namespace={target.namespace}
          clusters={targetClusters}
        />
      )}
      {open && (
        <>
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
        </>
      )}
    </Box>
  );
};
