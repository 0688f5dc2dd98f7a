import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  createClaimApplyAction,
  createClaimDeleteAction,
  createNetworkPolicyApplyAction,
} from './actions';

/**
 * Scaffolder actions for Porter (`porter:*`). They call the porter backend
 * over HTTP on behalf of the template's initiator, so the same permissions
 * and namespace bindings apply as in the TCP exposures tab.
 *
 * @public
 */
export const scaffolderModulePorter = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'porter',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
      },
      async init({ scaffolder, auth, discovery }) {
        const options = { auth, discovery };
        scaffolder.addActions(
          createClaimApplyAction(options),
          createClaimDeleteAction(options),
          createNetworkPolicyApplyAction(options),
        );
      },
    });
  },
});
