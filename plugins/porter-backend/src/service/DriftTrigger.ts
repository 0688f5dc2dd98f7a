import { LoggerService } from '@backstage/backend-plugin-api';
import {
  INSTANCE_LABEL,
  KubernetesObject,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
} from '@internal/plugin-porter-common';
import type { ClusterViews } from '../clusters/watch/ClusterViews';
import { SERVICE_NAME_LABEL } from '../clusters/watch/feeds';

export interface DriftTriggerOptions {
  views: ClusterViews;
  instance: string;
  /** Asks for a reconciler pass soon (the scheduler runs it on one replica). */
  requestPass: () => Promise<void>;
  logger: LoggerService;
  /** Changes that come together ask for one pass. */
  debounceMs?: number;
}

/**
 * Turns what the watches see into reconciler passes, so drift is repaired
 * within seconds rather than at the next scheduled pass: a change to one of
 * this portal's objects (edited or deleted by someone, or the load
 * balancer's status), to a claim's target Service or its endpoints, or a new
 * TransportServerClaim made with `oc apply`. Porter's own writes are already
 * in the view when their events arrive, so they ask for nothing.
 */
export class DriftTrigger {
  private targets = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private stopListening?: () => void;
  private requested = 0;

  constructor(private readonly options: DriftTriggerOptions) {}

  /** How many passes it has asked for (for tests and figures). */
  get passesRequested(): number {
    return this.requested;
  }

  start(): void {
    this.stopListening = this.options.views.onChange(
      (cluster, before, after) => {
        if (this.matters(cluster, (after ?? before)!)) this.schedule();
      },
    );
  }

  stop(): void {
    this.stopListening?.();
    clearTimeout(this.timer);
  }

  /** The Services claims target, as `cluster/namespace/name` (all of them, after a full pass). */
  setTargets(targets: Iterable<string>): void {
    this.targets = new Set(targets);
  }

  addTargets(targets: Iterable<string>): void {
    for (const target of targets) this.targets.add(target);
  }

  private matters(cluster: string, object: KubernetesObject): boolean {
    const labels = object.metadata.labels ?? {};
    if (
      labels[MANAGED_BY_LABEL] === MANAGED_BY_VALUE &&
      labels[INSTANCE_LABEL] === this.options.instance
    ) {
      return true;
    }
    const namespace = object.metadata.namespace;
    switch (object.kind) {
      case 'Service':
        return this.targets.has(
          `${cluster}/${namespace}/${object.metadata.name}`,
        );
      case 'EndpointSlice':
        return this.targets.has(
          `${cluster}/${namespace}/${labels[SERVICE_NAME_LABEL]}`,
        );
      case 'TransportServerClaim':
        // Made with `oc apply`: an adoption candidate.
        return !labels[MANAGED_BY_LABEL];
      default:
        return false;
    }
  }

  private schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.requested++;
      this.options
        .requestPass()
        .catch(error =>
          this.options.logger.warn(
            `Could not ask for a reconciler pass after a change in a cluster: ${error}`,
          ),
        );
    }, this.options.debounceMs ?? 1000);
    (this.timer as any).unref?.();
  }
}
