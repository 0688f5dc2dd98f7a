/**
 * Test helpers for packages that call the porter backend over HTTP (the
 * scaffolder actions): a started backend with the porter plugin, emulated
 * clusters and the owner-only policy, and the users it knows. Tests only:
 * it runs the Kubernetes API emulator, a devDependency, so it is a separate
 * entry point that the plugin itself never imports.
 *
 * @packageDocumentation
 */
export { startPorter } from './startPorter';
export { ALICE, BOB } from './fixtures';
