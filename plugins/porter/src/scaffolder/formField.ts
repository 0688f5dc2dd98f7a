import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import {
  PorterMonitorPicker,
  PorterMonitorPickerFieldSchema,
  validatePorterMonitor,
} from './PorterMonitorPicker';
import {
  PorterTargetPicker,
  PorterTargetPickerFieldSchema,
  validatePorterTarget,
} from './PorterTargetPicker';

/** `ui:field: PorterTargetPicker` for the new frontend system (loaded by the `/alpha` plugin). */
export const PorterTargetPickerFormField = createFormField({
  name: 'PorterTargetPicker',
  component: PorterTargetPicker,
  validation: validatePorterTarget,
  schema: PorterTargetPickerFieldSchema,
});

/** `ui:field: PorterMonitorPicker` for the new frontend system (loaded by the `/alpha` plugin). */
export const PorterMonitorPickerFormField = createFormField({
  name: 'PorterMonitorPicker',
  component: PorterMonitorPicker,
  validation: validatePorterMonitor,
  schema: PorterMonitorPickerFieldSchema,
});
