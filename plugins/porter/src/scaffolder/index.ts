export { PorterTargetPickerFieldExtension } from './extensions';
export {
  PorterTargetPicker,
  PorterTargetPickerFieldSchema,
  validatePorterTarget,
} from './PorterTargetPicker';
export type { PorterTarget } from './PorterTargetPicker';
