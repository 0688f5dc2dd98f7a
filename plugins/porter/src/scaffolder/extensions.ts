import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { porterPlugin } from '../plugin';
import {
  PorterTarget,
  PorterTargetPicker,
  PorterTargetPickerFieldSchema,
  validatePorterTarget,
} from './PorterTargetPicker';

/**
 * `ui:field: PorterTargetPicker` for apps on the legacy frontend system:
 * add it inside `<ScaffolderFieldExtensions>` of the scaffolder page.
 */
export const PorterTargetPickerFieldExtension = porterPlugin.provide(
  createScaffolderFieldExtension<PorterTarget, { entityField?: string }>({
    name: 'PorterTargetPicker',
    component: PorterTargetPicker,
    validation: validatePorterTarget,
    schema: PorterTargetPickerFieldSchema.schema,
  }),
);
