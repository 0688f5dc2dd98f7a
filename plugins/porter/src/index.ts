/**
 * Porter for Backstage: an entity tab for a component's raw TCP exposures
 * (TransportServerClaims realised as F5 TransportServers).
 *
 * @packageDocumentation
 */
export { porterPlugin, EntityPorterContent } from './plugin';
export { porterApiRef } from './api';
export { isPorterAvailable } from './isPorterAvailable';
