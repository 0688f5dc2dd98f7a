import { catalogApiRef } from '@backstage/plugin-catalog-react';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import {
  claimIdentitySchema,
  describeZodError,
  dns1035Label,
  isBoundTo,
  namespaceBindings,
  PorterApi,
  servicePortSchema,
} from '@internal/plugin-porter-common';
import { porterApiRef } from '../../api';
import { tcpPorts } from '../../lib/tcpPorts';
import type { PorterTarget } from './schema';

/** The value's form, with the rules the backend enforces (porter-common). */
const targetSchema = claimIdentitySchema
  .pick({ cluster: true, namespace: true })
  .extend({ service: dns1035Label('service'), servicePort: servicePortSchema });

/**
 * The `ui:options` of `ui:field: PorterTargetPicker`.
 *
 * @public
 */
export type PorterTargetPickerUiOptions = {
  /** Name of the form field that holds the entity ref (e.g. an EntityPicker). */
  entityField?: string;
};

/**
 * Checks a PorterTargetPicker value before the template runs: every choice
 * made and well-formed, then, with the backend, that the cluster takes
 * claims (not a pair's secondary), the namespace is bound to the entity, the
 * cluster lets the user create claims there, and the Service has that TCP
 * port (when the cluster lets the user list Services; otherwise the typed
 * Service is left to the template's run). A prefilled or stale value gets
 * the same checks as one picked by hand.
 *
 * @public
 */
export const validatePorterTarget: CustomFieldValidator<
  PorterTarget,
  PorterTargetPickerUiOptions
> = async (data, validation, context) => {
  // Until every choice is made, the form holds a partial value (or none).
  const value: Partial<PorterTarget> | undefined = data;
  if (!value?.cluster || !value.namespace) {
    validation.addError('Choose the cluster and namespace to expose in');
    return;
  }
  const porter = context.apiHolder.get(porterApiRef);
  if (!value.service || value.servicePort === undefined) {
    // The field offers no Service where the cluster refuses claims: say why.
    const refusal = porter
      ? await refusalIn(porter, value.cluster, value.namespace)
      : undefined;
    validation.addError(
      refusal ??
        (value.service
          ? 'Choose the Service port to expose'
          : 'Choose the Service to expose'),
    );
    return;
  }
  const parsed = targetSchema.safeParse(value);
  if (!parsed.success) {
    validation.addError(describeZodError(parsed.error));
    return;
  }
  if (!porter) return;
  try {
    const problem =
      (await clusterProblem(porter, parsed.data)) ??
      (await bindingProblem(context, value, parsed.data)) ??
      (await accessProblem(porter, parsed.data));
    if (problem) validation.addError(problem);
  } catch (error) {
    validation.addError(
      `Porter could not check this choice: ${(error as Error).message}`,
    );
  }
};

type Target = ReturnType<typeof targetSchema.parse>;

async function clusterProblem(porter: PorterApi, target: Target) {
  const { items } = await porter.listClusters();
  const cluster = items.find(c => c.name === target.cluster);
  if (!cluster) {
    return `Porter does not manage a cluster named '${
      target.cluster
    }'; it manages ${items.map(c => c.name).join(', ')}`;
  }
  if (cluster.role === 'secondary') {
    return `${cluster.name} is the second half of the ${cluster.peer} + ${cluster.name} pair: claims are made in ${cluster.peer} and mirrored to ${cluster.name}; choose ${cluster.peer} + ${cluster.name}`;
  }
  return undefined;
}

async function bindingProblem(
  context: Parameters<typeof validatePorterTarget>[2],
  value: Partial<PorterTarget>,
  target: Target,
) {
  const field = context.uiSchema?.['ui:options']?.entityField;
  const entityRef =
    value.entityRef ??
    (field ? (context.formData[field] as string | undefined) : undefined);
  const catalogApi = context.apiHolder.get(catalogApiRef);
  if (!entityRef || !catalogApi) return undefined;
  const entity = await catalogApi.getEntityByRef(entityRef);
  if (!entity) return `${entityRef} is not in the catalog`;
  const bindings = namespaceBindings(entity.metadata.annotations);
  if (!isBoundTo(bindings, target.cluster, target.namespace)) {
    return `${entityRef} is not bound to namespace ${target.namespace} in ${target.cluster}; choose one of its namespaces`;
  }
  return undefined;
}

/** Why the cluster refuses claims in the namespace; undefined when it does not, or cannot be asked. */
async function refusalIn(
  porter: PorterApi,
  cluster: string,
  namespace: string,
): Promise<string | undefined> {
  try {
    const access = await porter.getNamespaceAccess(cluster, namespace);
    return access.createClaims.allowed ? undefined : access.createClaims.reason;
  } catch {
    // An unknown cluster or a backend that cannot answer: the usual message stands.
    return undefined;
  }
}

/** The cluster's refusal of claims there, or a problem with the Service where it may be listed. */
async function accessProblem(porter: PorterApi, target: Target) {
  const access = await porter.getNamespaceAccess(
    target.cluster,
    target.namespace,
  );
  if (!access.createClaims.allowed) return access.createClaims.reason;
  return access.listServices.allowed
    ? serviceProblem(porter, target)
    : undefined;
}

async function serviceProblem(porter: PorterApi, target: Target) {
  const { items } = await porter.listServices(target.cluster, target.namespace);
  const service = items.find(s => s.name === target.service);
  const where = `namespace ${target.namespace} in ${target.cluster}`;
  if (!service) {
    return `There is no Service '${target.service}' in ${where}`;
  }
  const tcp = tcpPorts(service);
  if (!tcp.some(p => p.port === target.servicePort)) {
    return `Service ${service.name} has no TCP port ${target.servicePort}${
      tcp.length ? `; its TCP ports are ${tcp.map(p => p.port).join(', ')}` : ''
    }`;
  }
  return undefined;
}
