import FormControl from '@material-ui/core/FormControl';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  KUBERNETES_NAMESPACE_ANNOTATION,
  PORTER_NAMESPACES_ANNOTATION,
} from '@internal/plugin-porter-common';
import { useEffect, useMemo } from 'react';
import { TargetField } from '../../components/ClaimDialog/TargetField';
import { NamespaceAccessNotice } from '../../components/common/NamespaceAccessNotice';
import { useBoundComponents } from '../../hooks/useBoundComponents';
import { useEntityTargets } from '../../hooks/useEntityTargets';
import { useNamespaceAccess } from '../../hooks/useNamespaceAccess';
import { useServices } from '../../hooks/useServices';
import { tcpPorts } from '../../lib/tcpPorts';
import {
  placeAccess,
  placesToAsk,
  refusedChoices,
} from '../../lib/targetAccess';
import { EntityChooser } from './EntityChooser';
import { ManualServiceFields } from './ManualServiceFields';
import type { PorterTarget, PorterTargetPickerProps } from './schema';
import { ServicePortFields } from './ServicePortFields';

/**
 * `ui:field: PorterTargetPicker`: entity → cluster and namespace (from the
 * entity's bindings; a Gold/GoldDR pair is one choice) → Service → port, all
 * from the backend. With `ui:options.entityField` the entity comes from that
 * form field (e.g. an EntityPicker); otherwise the field asks for it.
 */
export const PorterTargetPicker = (props: PorterTargetPickerProps) => {
  const { formData, onChange, uiSchema, formContext, schema } = props;
  const value: Partial<PorterTarget> = formData ?? {};
  const entityField = uiSchema?.['ui:options']?.entityField;
  const entityRef = entityField
    ? (formContext?.formData?.[entityField] as string | undefined)
    : value.entityRef;
  const targets = useEntityTargets(entityRef);
  // The catalog is asked only when this field picks the entity itself.
  const components = useBoundComponents(!entityField);
  const targetKey =
    value.cluster && value.namespace
      ? `${value.cluster}/${value.namespace}`
      : '';
  const choice = targets.choices?.find(c => c.key === targetKey);
  const enabled = useMemo(
    () => targets.choices?.filter(c => !c.disabledReason),
    [targets.choices],
  );

  // Keep the value to what the entity offers: a choice it does not offer
  // (another entity's, or a stale prefill) is dropped; a single one is taken.
  const onlyChoice = enabled?.length === 1 ? enabled[0] : undefined;
  const offered = !!choice && !choice.disabledReason;

  // What the cluster lets the user do in each place, asked once per place.
  const access = useNamespaceAccess(placesToAsk(targets.choices ?? []));
  const chosenAccess = offered
    ? access.of(choice.cluster, choice.namespace)
    : undefined;
  const { ready, mayCreate, listRefusal } = placeAccess(chosenAccess);
  const listable = offered && ready && mayCreate && !listRefusal;
  const services = useServices(
    listable ? value.cluster : undefined,
    listable ? value.namespace : undefined,
  );
  // Runs again after each change it makes, and then finds nothing to do.
  useEffect(() => {
    if (!enabled || offered) return;
    if (onlyChoice) {
      onChange({
        entityRef: value.entityRef,
        cluster: onlyChoice.cluster,
        namespace: onlyChoice.namespace,
      } as PorterTarget);
    } else if (targetKey) {
      onChange(
        (value.entityRef ? { entityRef: value.entityRef } : undefined) as any,
      );
    }
  }, [enabled, offered, onlyChoice, targetKey, value.entityRef, onChange]);

  const pick = (patch: Partial<PorterTarget>) =>
    onChange({ ...value, ...patch } as PorterTarget);

  let body: JSX.Element | null;
  if (!entityRef) {
    body = (
      <Alert severity="info">
        Choose the component first; its namespaces and their Services are listed
        here.
      </Alert>
    );
  } else if (targets.loading) {
    body = <LinearProgress aria-label="Loading the component's namespaces" />;
  } else if (targets.error) {
    body = <Alert severity="error">{targets.error.message}</Alert>;
  } else if (!targets.choices?.length) {
    body = (
      <Alert severity="info">
        {entityRef} is not bound to a Kubernetes namespace, so Porter cannot
        expose anything for it. Add{' '}
        <code>{KUBERNETES_NAMESPACE_ANNOTATION}: your-namespace</code> or{' '}
        <code>{PORTER_NAMESPACES_ANNOTATION}: cluster/your-namespace</code> to
        its catalog-info.yaml.
      </Alert>
    );
  } else {
    const where = choice
      ? `namespace ${choice.namespace} in ${choice.label}`
      : '';
    body = (
      <>
        <TargetField
          choices={targets.choices}
          value={targetKey}
          refused={refusedChoices(targets.choices, access.of)}
          onChange={key => {
            const next = targets.choices?.find(c => c.key === key);
            onChange({
              entityRef: value.entityRef,
              cluster: next?.cluster,
              namespace: next?.namespace,
            } as PorterTarget);
          }}
        />
        {offered && (
          <NamespaceAccessNotice
            access={chosenAccess}
            namespace={choice.namespace}
            label={choice.label}
            onRetry={() => access.retry(choice.cluster, choice.namespace)}
          />
        )}
        {offered && ready && mayCreate && listRefusal && (
          <ManualServiceFields
            where={where}
            reason={listRefusal}
            service={value.service}
            servicePort={value.servicePort}
            onService={service => pick({ service })}
            onPort={servicePort => pick({ servicePort })}
          />
        )}
        {listable && (
          <ServicePortFields
            services={services}
            where={where}
            namespace={choice.namespace}
            clusters={(targets.clusters ?? []).filter(c =>
              choice.clusters.includes(c.name),
            )}
            service={value.service}
            servicePort={value.servicePort}
            onService={service => {
              const tcp = tcpPorts(service);
              pick({
                service: service.name,
                // One TCP port: nothing to choose.
                servicePort: tcp.length === 1 ? tcp[0].port : undefined,
              });
            }}
            onPort={servicePort => pick({ servicePort })}
          />
        )}
      </>
    );
  }

  return (
    <FormControl fullWidth margin="normal" required={props.required}>
      <Typography variant="subtitle1" component="h3">
        {schema.title ?? 'Service to expose'}
      </Typography>
      {schema.description && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {schema.description}
        </Typography>
      )}
      {!entityField && (
        <EntityChooser
          components={components}
          value={value.entityRef}
          onChange={ref =>
            onChange((ref ? { entityRef: ref } : undefined) as any)
          }
        />
      )}
      {body}
    </FormControl>
  );
};
