/**
 * Porter for Backstage: an entity tab for a component's raw TCP exposures
 * (TransportServerClaims realised as F5 TransportServers).
 *
 * @packageDocumentation
 */
export { porterPlugin, EntityPorterContent, PorterAdminPage } from './plugin';
export { porterAdminRouteRef } from './routes';
export { RequirePorterAdmin } from './components/AdminPage/RequirePorterAdmin';
export {
  PorterMonitorPickerFieldExtension,
  PorterTargetPickerFieldExtension,
  PorterTargetPickerFieldSchema,
  validatePorterTarget,
} from './scaffolder';
export type { PorterTarget, PorterTargetPickerUiOptions } from './scaffolder';
export { porterApiRef } from './api';
export { isPorterAvailable } from './isPorterAvailable';
