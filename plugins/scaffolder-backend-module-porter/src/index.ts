/**
 * Scaffolder backend module for Porter for Backstage.
 *
 * @packageDocumentation
 */
export { scaffolderModulePorter as default } from './module';
