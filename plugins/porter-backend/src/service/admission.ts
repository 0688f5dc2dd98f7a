import { ConflictError, NotAllowedError } from '@backstage/errors';
import {
  ClaimId,
  ClaimSpec,
  crossConnectClash,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import type { PorterCluster, PorterConfig } from '../config/readPorterConfig';
import type { ClaimStore } from '../database/ClaimStore';

/**
 * The rules every new claim passes inside its transaction, whoever makes it
 * (a person through the API, or the reconciler adopting an `oc apply`
 * claim). Call under the namespace lock (`ClaimStore.lockNamespace`).
 */
export async function checkQuota(
  trx: Knex.Transaction,
  check: {
    claims: ClaimStore;
    config: PorterConfig;
    claim: ClaimId;
    /** The namespace's claims, when the caller has just counted them. */
    count?: number;
  },
): Promise<void> {
  const { claims, config, claim } = check;
  const count =
    check.count ??
    (await claims.countInNamespace(trx, claim.cluster, claim.namespace));
  if (count >= config.quotaPerNamespace) {
    throw new NotAllowedError(
      `Namespace '${claim.namespace}' already has ${count} claims on cluster '${claim.cluster}', ` +
        `the most allowed (porter.quota.perNamespace = ${config.quotaPerNamespace}). ` +
        'Delete one that is no longer needed.',
    );
  }
}

/**
 * Two claims must never produce the same object name. In a pair, a claim's
 * cross-connect names could equal another claim's (Service `db` port 5432
 * and Service `db-5432`): refuse the second, naming the first.
 */
export async function checkNameClash(
  trx: Knex.Transaction,
  check: {
    claims: ClaimStore;
    claim: ClaimId & { spec: ClaimSpec };
    /** The clusters that realise the claim. */
    clusters: PorterCluster[];
    /** The claim's own id when it is being changed: it does not clash with itself. */
    self?: number;
  },
): Promise<void> {
  const { claims, claim, clusters, self } = check;
  if (clusters.length < 2) return;
  const remotes = clusters.map(c => c.name);
  for (const other of await claims.inNamespace(
    trx,
    claim.cluster,
    claim.namespace,
  )) {
    if (other.id === self) continue;
    const clash = crossConnectClash(claim.spec, other.spec, remotes);
    if (clash) {
      throw new ConflictError(
        `Claim '${other.name}' (Service '${other.spec.service}' port ${other.spec.servicePort}) ` +
          `in namespace '${claim.namespace}' on '${claim.cluster}' could have the cross-connect ` +
          `name '${clash}' that this claim's would have, and Porter writes an object for one claim only. ` +
          'Target another Service, or rename one of the Services.',
      );
    }
  }
}
