import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { PorterDefaultPolicy } from './PorterDefaultPolicy';

/** Installs the portal's permission policy (see PorterDefaultPolicy). */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'porter-default-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, userInfo: coreServices.userInfo },
      async init({ policy, userInfo }) {
        policy.setPolicy(new PorterDefaultPolicy(userInfo));
      },
    });
  },
});
