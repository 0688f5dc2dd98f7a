import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { PorterClient } from '@internal/plugin-porter-common';
import { porterApiRef } from './api';

/** Porter for Backstage, for apps on the legacy frontend system. */
export const porterPlugin = createPlugin({
  id: 'porter',
  apis: [
    createApiFactory({
      api: porterApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PorterClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The entity tab listing a component's TCP exposures. Mount it in an
 * `EntityLayout.Route` guarded by `isPorterAvailable`.
 */
export const EntityPorterContent = porterPlugin.provide(
  createComponentExtension({
    name: 'EntityPorterContent',
    component: {
      lazy: () =>
        import('./components/EntityPorterContent').then(
          m => m.EntityPorterContent,
        ),
    },
  }),
);
