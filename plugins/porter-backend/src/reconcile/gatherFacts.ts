import type { KubernetesObject } from '@internal/plugin-porter-common';
import {
  ClusterClient,
  ClusterRequestError,
  ClusterUnavailableError,
} from '../clusters/ClusterClient';
import { POD, SERVICE } from '../clusters/kinds';
import type { TargetFacts } from './sideStatus';

/** Facts per cluster/namespace/Service, each fetched once per sync; an unreachable cluster is remembered. */
export class FactCache {
  private readonly facts = new Map<string, Promise<TargetFacts>>();
  readonly unreachable = new Map<string, string>();

  constructor(private readonly clients: Map<string, ClusterClient>) {}

  /** The target's facts, or undefined when its cluster cannot be reached. */
  async target(
    cluster: string,
    namespace: string,
    service: string,
  ): Promise<TargetFacts | undefined> {
    if (this.unreachable.has(cluster)) return undefined;
    const key = `${cluster}/${namespace}/${service}`;
    if (!this.facts.has(key)) {
      this.facts.set(key, this.fetch(cluster, namespace, service));
    }
    try {
      return await this.facts.get(key)!;
    } catch (error) {
      // A cluster that does not answer, or refuses Porter's reads, cannot be used this pass.
      if (
        error instanceof ClusterUnavailableError ||
        error instanceof ClusterRequestError
      ) {
        this.markUnreachable(cluster, error);
        return undefined;
      }
      throw error;
    }
  }

  markUnreachable(cluster: string, error: Error) {
    if (!this.unreachable.has(cluster)) {
      this.unreachable.set(
        cluster,
        `${error.message}. Porter keeps the claim and retries on the next reconcile.`,
      );
    }
  }

  private async fetch(
    cluster: string,
    namespace: string,
    name: string,
  ): Promise<TargetFacts> {
    const client = this.clients.get(cluster);
    if (!client)
      throw new ClusterUnavailableError(cluster, 'no connection configured');
    const service = (await client.get(
      SERVICE,
      namespace,
      name,
    )) as TargetFacts['service'] & KubernetesObject;
    const selector = service?.spec?.selector;
    const pods =
      selector && Object.keys(selector).length > 0
        ? await client.list(POD, {
            namespace,
            labelSelector: Object.entries(selector)
              .map(([k, v]) => `${k}=${v}`)
              .join(','),
          })
        : [];
    return { service, pods: pods as TargetFacts['pods'] };
  }
}
