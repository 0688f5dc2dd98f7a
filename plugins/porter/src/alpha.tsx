import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { PorterClient } from '@internal/plugin-porter-common';
import { porterApiRef } from './api';
import { isPorterAvailable } from './isPorterAvailable';

/** @alpha */
export const porterApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: porterApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PorterClient({ discoveryApi, fetchApi }),
    }),
});

/** @alpha The "TCP exposures" tab on entities bound to a Kubernetes namespace. */
export const porterEntityContent = EntityContentBlueprint.make({
  params: {
    path: '/porter',
    title: 'TCP exposures',
    group: 'deployment',
    filter: isPorterAvailable,
    loader: () =>
      import('./components/EntityPorterContent').then(m => (
        <m.EntityPorterContent />
      )),
  },
});

/** @alpha Porter for Backstage, for apps on the new frontend system. */
export default createFrontendPlugin({
  pluginId: 'porter',
  title: 'Porter',
  info: { packageJson: () => import('../package.json') },
  extensions: [porterApi, porterEntityContent],
});
