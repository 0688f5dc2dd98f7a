export { PorterTargetPicker } from './PorterTargetPicker';
export { validatePorterTarget } from './validation';
export type { PorterTargetPickerUiOptions } from './validation';
export { PorterTargetPickerFieldSchema } from './schema';
export type { PorterTarget, PorterTargetPickerProps } from './schema';
