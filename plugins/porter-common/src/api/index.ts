export * from './PorterApi';
export * from './PorterClient';
