import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { porterPlugin } from '../plugin';
import {
  PorterMonitorPicker,
  PorterMonitorPickerFieldSchema,
  PorterMonitorValue,
  validatePorterMonitor,
} from './PorterMonitorPicker';
import {
  PorterTarget,
  PorterTargetPicker,
  PorterTargetPickerFieldSchema,
  PorterTargetPickerUiOptions,
  validatePorterTarget,
} from './PorterTargetPicker';

/**
 * `ui:field: PorterTargetPicker` for apps on the legacy frontend system:
 * add it inside `<ScaffolderFieldExtensions>` of the scaffolder page.
 *
 * @public
 */
export const PorterTargetPickerFieldExtension = porterPlugin.provide(
  createScaffolderFieldExtension<PorterTarget, PorterTargetPickerUiOptions>({
    name: 'PorterTargetPicker',
    component: PorterTargetPicker,
    validation: validatePorterTarget,
    schema: PorterTargetPickerFieldSchema.schema,
  }),
);

/**
 * `ui:field: PorterMonitorPicker` for apps on the legacy frontend system: the
 * health monitor, checked with the backend's rules (timeout at least the
 * interval) before the template runs.
 *
 * @public
 */
export const PorterMonitorPickerFieldExtension = porterPlugin.provide(
  createScaffolderFieldExtension<PorterMonitorValue>({
    name: 'PorterMonitorPicker',
    component: PorterMonitorPicker,
    validation: validatePorterMonitor,
    schema: PorterMonitorPickerFieldSchema.schema,
  }),
);
