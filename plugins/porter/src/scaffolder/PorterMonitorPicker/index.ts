export { PorterMonitorPicker } from './PorterMonitorPicker';
export { validatePorterMonitor } from './validation';
export { PorterMonitorPickerFieldSchema } from './schema';
export type { PorterMonitorValue } from './schema';
