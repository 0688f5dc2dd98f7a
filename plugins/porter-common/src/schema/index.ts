export * from './names';
export * from './claimSpec';
export * from './manifest';
export * from './errors';
