import { createBackendModule } from '@backstage/backend-plugin-api';

/**
 * Scaffolder actions for Porter (`porter:*`). They call the porter backend
 * over HTTP on behalf of the template's initiator, so the same permissions
 * and namespace bindings apply as in the UI. The actions arrive with the
 * creation flow; this module already wires into the scaffolder.
 */
export const scaffolderModulePorter = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'porter',
  register(reg) {
    reg.registerInit({
      deps: {},
      async init() {},
    });
  },
});
