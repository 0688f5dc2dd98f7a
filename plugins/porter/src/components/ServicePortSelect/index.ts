export { PortSelect } from './PortSelect';
export { ServiceSelect } from './ServiceSelect';
