/**
 * Shared model of Porter for Backstage: TransportServerClaim types and
 * schemas, naming rules, permissions, catalog annotations and the API client.
 * Isomorphic: no I/O beyond the client's fetch.
 *
 * @packageDocumentation
 */
export * from './constants';
export * from './types';
export * from './schema';
export * from './naming';
export * from './permissions';
export * from './annotations';
export * from './links';
export * from './hash';
export * from './probe';
export * from './entityRefs';
export * from './api';
