export { EntityPorterContent } from './EntityPorterContent';
