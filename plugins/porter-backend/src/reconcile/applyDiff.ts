import type { KubernetesObject } from '@internal/plugin-porter-common';
import {
  ClusterRequestError,
  ClusterUnavailableError,
} from '../clusters/clusterErrors';
import type { ClusterClient } from '../clusters/ClusterClient';
import {
  kindKey,
  MANAGED_KINDS,
  NETWORK_POLICY,
  TRANSPORT_SERVER_CLAIM,
} from '../clusters/kinds';
import { ObjectDiff } from './diff';
import {
  claimIdOfObject,
  describeObject,
  inheritable,
  ownerOf,
} from './ownership';

export interface WriteFailure {
  object: KubernetesObject;
  error: Error;
  /** The name is taken by an object Porter must not replace: the claim's side is in Error. */
  conflict?: boolean;
}

/** What applyDiff needs to tell Porter's objects from others'. */
export interface WriteContext {
  /** This portal's identity (`porter.instance`). */
  instance: string;
  /** Whether a claim (by id) exists now. */
  claimExists(id: number): Promise<boolean>;
  /** Whether a claim (by id) was adopted, and so may inherit the old operator's unlabelled objects. */
  adopted(id: number): boolean;
  /** Called after each write, so what Porter knows of the cluster includes it before the watch reports it. */
  recorded?(written?: KubernetesObject, removed?: KubernetesObject): void;
}

/** A planned object whose name another object already has, which Porter does not replace. */
export class NameTakenError extends Error {
  constructor(object: KubernetesObject, why: string) {
    super(
      `${describeObject(
        object,
      )} already exists and ${why}; Porter does not replace it. ` +
        'Remove or rename that object, or use another name for the claim or its Service.',
    );
    this.name = 'NameTakenError';
  }
}

const order = (o: KubernetesObject) => {
  const i = [...MANAGED_KINDS, NETWORK_POLICY].findIndex(
    k => kindKey(k) === `${o.apiVersion}/${o.kind}`,
  );
  return i < 0 ? MANAGED_KINDS.length : i;
};
const isClaimObject = (o: KubernetesObject) =>
  kindKey(TRANSPORT_SERVER_CLAIM) === `${o.apiVersion}/${o.kind}`;

/**
 * Carries out a diff in one cluster: creates and updates in dependency
 * order (Service before Endpoints before TransportServer), removals in
 * reverse. A failed write is reported and the rest go on; a cluster that
 * stops answering ends the run for that cluster. An object of the same name
 * that is not this portal's, or is another existing claim's, is never
 * replaced: the write fails with NameTakenError (a conflict).
 */
export async function applyDiff(
  client: ClusterClient,
  diff: ObjectDiff,
  context: WriteContext,
): Promise<{
  failures: WriteFailure[];
  written: KubernetesObject[];
  removed: KubernetesObject[];
  unavailable?: ClusterUnavailableError;
}> {
  const failures: WriteFailure[] = [];
  const written: KubernetesObject[] = [];
  const removed: KubernetesObject[] = [];
  const steps: Array<[KubernetesObject, () => Promise<unknown>]> = [
    ...[...diff.create]
      .sort((a, b) => order(a) - order(b))
      .map(
        o =>
          [
            o,
            async () => {
              const result = await createOrAdopt(client, o, context);
              written.push(result);
              context.recorded?.(result);
            },
          ] as [KubernetesObject, () => Promise<unknown>],
      ),
    ...diff.update.map(
      u =>
        [
          u.desired,
          async () => {
            const result = await update(
              client,
              u.desired,
              u.current,
              u.statusOnly,
            );
            written.push(result);
            context.recorded?.(result);
          },
        ] as [KubernetesObject, () => Promise<unknown>],
    ),
    ...[...diff.remove]
      .sort((a, b) => order(b) - order(a))
      .map(
        o =>
          [
            o,
            async () => {
              await client.delete(o);
              removed.push(o);
              context.recorded?.(undefined, o);
            },
          ] as [KubernetesObject, () => Promise<unknown>],
      ),
  ];
  for (const [object, write] of steps) {
    try {
      await write();
    } catch (error) {
      if (error instanceof ClusterUnavailableError) {
        return { failures, written, removed, unavailable: error };
      }
      failures.push({
        object,
        error: error as Error,
        conflict: error instanceof NameTakenError,
      });
    }
  }
  return { failures, written, removed };
}

/**
 * Create. When the name is taken, take the object over only when it is this
 * portal's and not another existing claim's, or when an adopted claim
 * inherits what the old operator made for it.
 */
async function createOrAdopt(
  client: ClusterClient,
  desired: KubernetesObject,
  context: WriteContext,
): Promise<KubernetesObject> {
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
    const why = await refusal(current, desired, context);
    if (why) throw new NameTakenError(desired, why);
    return update(client, desired, current, false);
  }
  if (isClaimObject(desired) && desired.status) {
    return client.replaceClaimStatus(desired, created);
  }
  return created;
}

/** Why `desired` must not be written over `current`, or undefined when it may. */
async function refusal(
  current: KubernetesObject,
  desired: KubernetesObject,
  context: WriteContext,
): Promise<string | undefined> {
  const owner = ownerOf(current, context.instance);
  const desiredId = claimIdOfObject(desired);
  if (owner.kind === 'foreign') {
    const adopted = desiredId !== undefined && context.adopted(desiredId);
    return adopted && inheritable(current, desired) ? undefined : owner.reason;
  }
  if (
    owner.claimId !== undefined &&
    desiredId !== undefined &&
    owner.claimId !== desiredId &&
    (await context.claimExists(owner.claimId))
  ) {
    return `belongs to claim '${owner.claimKey}'`;
  }
  return undefined;
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
    return client.replaceClaimStatus(desired, result);
  }
  return result;
}
