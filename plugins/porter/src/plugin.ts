import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { PorterClient } from '@internal/plugin-porter-common';
import { porterApiRef } from './api';
import { porterAdminRouteRef } from './routes';

/**
 * Porter for Backstage, for apps on the legacy frontend system.
 *
 * @public
 */
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
  routes: { admin: porterAdminRouteRef },
});

/**
 * The entity tab listing a component's TCP exposures. Mount it in an
 * `EntityLayout.Route` guarded by `isPorterAvailable`.
 *
 * @public
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

/**
 * Porter's page for platform administrators: port pools, quotas and broken
 * exposures (permission `porter.admin.read`). Mount it on a route, e.g.
 * `<Route path="/porter/admin" element={<PorterAdminPage />} />`, and show
 * its sidebar item inside `<RequirePorterAdmin>`.
 *
 * @public
 */
export const PorterAdminPage = porterPlugin.provide(
  createRoutableExtension({
    name: 'PorterAdminPage',
    component: () =>
      import('./components/AdminPage').then(m => m.AdminPageWithHeader),
    mountPoint: porterAdminRouteRef,
  }),
);
