export {
  PorterMonitorPickerFieldExtension,
  PorterTargetPickerFieldExtension,
} from './extensions';
export {
  PorterMonitorPicker,
  validatePorterMonitor,
} from './PorterMonitorPicker';
export {
  PorterTargetPicker,
  PorterTargetPickerFieldSchema,
  validatePorterTarget,
} from './PorterTargetPicker';
export type {
  PorterTarget,
  PorterTargetPickerUiOptions,
} from './PorterTargetPicker';
