import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import {
  describeZodError,
  monitorSchema,
} from '@internal/plugin-porter-common';
import type { PorterMonitorValue } from './schema';

/**
 * Checks the monitor with the schema the backend enforces (porter-common's
 * `monitorSchema`): whole seconds within Porter's limits, and a timeout of
 * at least the interval, which JSON Schema alone cannot say.
 */
export const validatePorterMonitor: CustomFieldValidator<PorterMonitorValue> = (
  value,
  validation,
) => {
  const result = monitorSchema.safeParse({ type: 'tcp', ...value });
  if (!result.success) {
    validation.addError(describeZodError(result.error));
  }
};
