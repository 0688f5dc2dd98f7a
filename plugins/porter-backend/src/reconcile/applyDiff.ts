import type { KubernetesObject } from '@internal/plugin-porter-common';
import {
  ClusterClient,
  ClusterRequestError,
  ClusterUnavailableError,
} from '../clusters/ClusterClient';
import {
  kindKey,
  MANAGED_KINDS,
  TRANSPORT_SERVER_CLAIM,
} from '../clusters/kinds';
import { ObjectDiff } from './diff';

export interface WriteFailure {
  object: KubernetesObject;
  error: Error;
}

const order = (o: KubernetesObject) =>
  MANAGED_KINDS.findIndex(k => kindKey(k) === `${o.apiVersion}/${o.kind}`);
const isClaimObject = (o: KubernetesObject) =>
  kindKey(TRANSPORT_SERVER_CLAIM) === `${o.apiVersion}/${o.kind}`;

/**
 * Carries out a diff in one cluster: creates and updates in dependency
 * order (Service before Endpoints before TransportServer), removals in
 * reverse. A failed write is reported and the rest go on; a cluster that
 * stops answering ends the run for that cluster.
 */
export async function applyDiff(
  client: ClusterClient,
  diff: ObjectDiff,
): Promise<{
  failures: WriteFailure[];
  written: KubernetesObject[];
  unavailable?: ClusterUnavailableError;
}> {
  const failures: WriteFailure[] = [];
  const written: KubernetesObject[] = [];
  const steps: Array<
    [KubernetesObject, () => Promise<KubernetesObject | void>]
  > = [
    ...[...diff.create]
      .sort((a, b) => order(a) - order(b))
      .map(o => [o, () => createOrReplace(client, o)] as const),
    ...diff.update.map(
      u =>
        [
          u.desired,
          () => update(client, u.desired, u.current, u.statusOnly),
        ] as const,
    ),
    ...[...diff.remove]
      .sort((a, b) => order(b) - order(a))
      .map(o => [o, () => client.delete(o)] as const),
  ] as any;
  for (const [object, write] of steps) {
    try {
      const result = await write();
      if (result) written.push(result);
    } catch (error) {
      if (error instanceof ClusterUnavailableError) {
        return { failures, written, unavailable: error };
      }
      failures.push({ object, error: error as Error });
    }
  }
  return { failures, written };
}

/** Create; when something of that name is already there (e.g. made with `oc apply`), take it over. */
async function createOrReplace(
  client: ClusterClient,
  desired: KubernetesObject,
) {
  let created: KubernetesObject;
  try {
    created = await client.create(desired);
  } catch (error) {
    if (!(error instanceof ClusterRequestError && error.code === 409))
      throw error;
    const current = await client.get(
      desired,
      desired.metadata.namespace!,
      desired.metadata.name,
    );
    if (!current) throw error;
    return update(client, desired, current, false);
  }
  if (isClaimObject(desired) && desired.status) {
    await client.replaceClaimStatus(desired, created);
  }
  return created;
}

async function update(
  client: ClusterClient,
  desired: KubernetesObject,
  current: KubernetesObject,
  statusOnly: boolean,
) {
  let result = current;
  if (!statusOnly) {
    result = await client.replace(desired, current);
  }
  if (isClaimObject(desired) && desired.status) {
    await client.replaceClaimStatus(desired, result);
  }
  return result;
}
