import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import type {
  ApplyClaimResult,
  Claim,
  ClaimPreview,
  ClusterSummary,
} from '@internal/plugin-porter-common';
import { useState } from 'react';
import {
  ClaimRequest,
  useApplyClaim,
  useClaimPreview,
} from '../../hooks/useClaimWrites';
import { useNamespaceAccess } from '../../hooks/useNamespaceAccess';
import { useServices } from '../../hooks/useServices';
import {
  ClaimFormValues,
  FIELD_OF_VALUE,
  FieldErrors,
  fieldErrorsFromMessage,
  initialValues,
  specOf,
  suggestName,
  validateClaimForm,
} from '../../lib/claimForm';
import {
  placeAccess,
  placesToAsk,
  refusedChoices,
} from '../../lib/targetAccess';
import type { TargetChoice } from '../../lib/targets';
import { tcpPorts } from '../../lib/tcpPorts';
import { templateLink } from '../../lib/templateLink';
import { ClaimForm } from './ClaimForm';
import { ClaimReview } from './ClaimReview';
import { ClaimSaved } from './ClaimSaved';

export interface ClaimDialogProps {
  entityRef: string;
  /** Where a new claim may go (ignored when editing). */
  choices: TargetChoice[];
  clusters: ClusterSummary[];
  /** The entity's claims, so a new one gets a free name. */
  existing: Claim[];
  /** The claim to change; a new claim when absent. */
  claim?: Claim;
  onClose: () => void;
  /** Called as soon as the claim is saved, with the saved claim. */
  onSaved: (claim: Claim) => void;
}

type Step = 'form' | 'review' | 'done';

/** The place a claim is made, for a claim being edited. */
function editTarget(claim: Claim, clusters: ClusterSummary[]): TargetChoice {
  const summary = clusters.find(c => c.name === claim.cluster);
  const pair = summary?.role === 'primary' && summary.peer;
  return {
    key: `${claim.cluster}/${claim.namespace}`,
    cluster: claim.cluster,
    namespace: claim.namespace,
    clusters: pair ? [claim.cluster, summary.peer!] : [claim.cluster],
    label: pair ? `${claim.cluster} + ${summary.peer}` : claim.cluster,
  };
}

/** The dialog's steps: the form, the review of the dry run, the saved claim. */
export const ClaimDialogContent = (props: ClaimDialogProps) => {
  const { entityRef, choices, clusters, existing, claim, onClose, onSaved } =
    props;
  const editing = !!claim;
  const firstChoice = choices.find(c => !c.disabledReason)?.key ?? '';
  const [values, setValues] = useState(() => initialValues(firstChoice, claim));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [step, setStep] = useState<Step>('form');
  const [preview, runPreview] = useClaimPreview();
  const [saving, save] = useApplyClaim();
  const [saved, setSaved] = useState<ApplyClaimResult>();

  const target = claim
    ? editTarget(claim, clusters)
    : choices.find(c => c.key === values.target && !c.disabledReason);
  const targetClusters = clusters.filter(c =>
    target?.clusters.includes(c.name),
  );
  // Asked once per place while the dialog is open: what the user may do there.
  const access = useNamespaceAccess(
    claim
      ? [{ cluster: claim.cluster, namespace: claim.namespace }]
      : placesToAsk(choices),
  );
  const targetAccess = access.of(target?.cluster, target?.namespace);
  const { ready, mayCreate, listRefusal } = placeAccess(targetAccess);
  // Services are listed only once the cluster is known to allow it.
  const listable = !!target && ready && mayCreate && !listRefusal;
  const services = useServices(
    listable ? target.cluster : undefined,
    listable ? target.namespace : undefined,
  );
  const taken = existing
    .filter(
      c =>
        target &&
        c.cluster === target.cluster &&
        c.namespace === target.namespace,
    )
    .map(c => c.name);

  const update = (patch: Partial<ClaimFormValues>) => {
    setValues(previous => {
      const next = { ...previous, ...patch };
      if (!next.nameEdited) {
        next.name = suggestName(next.service, next.servicePort, taken);
      }
      return next;
    });
    // A field's error goes once the field changes.
    setErrors(previous => {
      const next = { ...previous };
      for (const key of Object.keys(patch) as Array<keyof ClaimFormValues>) {
        delete next[FIELD_OF_VALUE[key]];
      }
      return next;
    });
    setGeneral(undefined);
  };
  const chooseService = (service: string) => {
    const ports = tcpPorts(services.value?.find(s => s.name === service));
    update({
      service,
      servicePort: ports.length === 1 ? String(ports[0].port) : '',
    });
  };

  const request = (): ClaimRequest | undefined => {
    if (!target) return undefined;
    return {
      id: {
        cluster: target.cluster,
        namespace: target.namespace,
        name: values.name.trim(),
      },
      body: { spec: specOf(values), entityRef: claim?.entityRef ?? entityRef },
    };
  };
  const showError = (error: Error) => {
    const { fields, general: rest } = fieldErrorsFromMessage(error.message);
    setErrors(fields);
    setGeneral(rest);
    if (Object.keys(fields).length > 0) setStep('form');
  };

  const review = async () => {
    const found = validateClaimForm(values);
    if (!editing && !found.name && taken.includes(values.name.trim())) {
      found.name = `This component already has a claim named ${values.name.trim()} here: choose another name, or change that claim instead.`;
    }
    setErrors(found);
    setGeneral(undefined);
    const body = request();
    if (Object.keys(found).length > 0 || !body) return;
    const result = await runPreview(body);
    if (result instanceof Error) {
      showError(result);
    } else if (!editing && !(result as ClaimPreview).created) {
      // Applying would change someone's existing claim, not create one.
      setErrors({
        name: `A claim named ${body.id.name} already exists in namespace ${body.id.namespace} on ${body.id.cluster}: choose another name.`,
      });
    } else {
      setStep('review');
    }
  };
  const confirm = async () => {
    const body = request();
    if (!body) return;
    const result = await save(body);
    if (result instanceof Error) {
      showError(result);
      return;
    }
    setSaved(result);
    setStep('done');
    onSaved(result.claim);
  };

  const busy = preview.loading || saving.loading;
  // Nothing to review where the user may not create claims (or until that is known).
  const blocked = !!target && !(ready && mayCreate);
  return (
    <>
      <DialogTitle id="porter-claim-dialog-title">
        {editing ? `Change ${claim!.name}` : 'Expose a Service over TCP'}
      </DialogTitle>
      <DialogContent dividers>
        {step === 'form' && (
          <ClaimForm
            editing={editing}
            choices={editing ? [target!] : choices}
            target={target}
            targetClusters={targetClusters}
            services={services}
            access={targetAccess}
            refused={refusedChoices(choices, access.of)}
            onRetryAccess={() =>
              target && access.retry(target.cluster, target.namespace)
            }
            values={values}
            errors={errors}
            onTarget={key =>
              update({ target: key, service: '', servicePort: '' })
            }
            onService={chooseService}
            onChange={update}
          />
        )}
        {step === 'review' && preview.value && (
          <ClaimReview preview={preview.value} before={claim} />
        )}
        {step === 'done' && saved && <ClaimSaved result={saved} />}
        {general && (
          <Box mt={2}>
            <Alert severity="error" role="alert">
              {general}
            </Alert>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {!editing && step === 'form' && (
          <Box flexGrow={1} pl={1}>
            <Link to={templateLink(entityRef)}>or use the template</Link>
          </Box>
        )}
        {step === 'done' ? (
          <Button variant="contained" color="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <Button onClick={onClose}>Cancel</Button>
        )}
        {step === 'review' && (
          <Button onClick={() => setStep('form')} disabled={busy}>
            Back
          </Button>
        )}
        {step === 'form' && (
          <Button
            variant="contained"
            color="primary"
            onClick={review}
            disabled={busy || blocked}
          >
            {preview.loading ? 'Checking…' : 'Review'}
          </Button>
        )}
        {step === 'review' && (
          <Button
            variant="contained"
            color="primary"
            onClick={confirm}
            disabled={busy}
          >
            {editing ? 'Save changes' : 'Create exposure'}
          </Button>
        )}
      </DialogActions>
    </>
  );
};
