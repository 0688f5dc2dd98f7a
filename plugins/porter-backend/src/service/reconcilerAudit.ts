import { AuditorService } from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';

/** Who the reconciler's audit events name, besides the plugin's own service identity. */
export const RECONCILER_ACTOR = 'porter-reconciler';

/**
 * An audit event for a write the reconciler made on its own (adopt,
 * re-address, repair, GC delete, allocation of a new secondary). Created
 * without a request, so the auditor's actor is Porter's own service
 * identity; `meta.actor` says it was the reconciler.
 */
export async function recordReconcilerWrite(
  auditor: AuditorService | undefined,
  eventId: string,
  meta: JsonObject,
): Promise<void> {
  if (!auditor) return;
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    meta: { actor: RECONCILER_ACTOR, ...meta },
  });
  await event.success();
}
