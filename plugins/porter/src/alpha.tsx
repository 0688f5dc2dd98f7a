import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import SettingsInputComponentIcon from '@material-ui/icons/SettingsInputComponent';
import { PorterClient } from '@internal/plugin-porter-common';
import { porterApiRef } from './api';
import { isPorterAvailable } from './isPorterAvailable';

/**
 * The Porter API (`porterApiRef`), implemented by `PorterClient`.
 *
 * @alpha
 */
export const porterApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: porterApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PorterClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The "TCP exposures" tab on entities bound to a Kubernetes namespace.
 *
 * @alpha
 */
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

/**
 * The route of Porter's page for platform administrators.
 *
 * @alpha
 */
export const porterAdminPageRouteRef = createRouteRef();

/**
 * Porter's page for platform administrators (`page:porter/admin`): pools,
 * quotas and broken exposures. Its sidebar item is discovered from the page;
 * the app shows it inside `RequirePorterAdmin`.
 *
 * @alpha
 */
export const porterAdminPage = PageBlueprint.make({
  name: 'admin',
  params: {
    path: '/porter/admin',
    title: 'Porter admin',
    icon: <SettingsInputComponentIcon />,
    routeRef: porterAdminPageRouteRef,
    loader: () => import('./components/AdminPage').then(m => <m.AdminPage />),
  },
});

/**
 * `ui:field: PorterTargetPicker` for the scaffolder's template form.
 *
 * @alpha
 */
export const porterTargetPickerFormField = FormFieldBlueprint.make({
  name: 'porter-target-picker',
  params: {
    field: () =>
      import('./scaffolder/formField').then(m => m.PorterTargetPickerFormField),
  },
});

/**
 * `ui:field: PorterMonitorPicker`: the health monitor, checked with the
 * backend's rules.
 *
 * @alpha
 */
export const porterMonitorPickerFormField = FormFieldBlueprint.make({
  name: 'porter-monitor-picker',
  params: {
    field: () =>
      import('./scaffolder/formField').then(
        m => m.PorterMonitorPickerFormField,
      ),
  },
});

/**
 * Porter for Backstage, for apps on the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'porter',
  title: 'Porter',
  info: { packageJson: () => import('../package.json') },
  routes: { admin: porterAdminPageRouteRef },
  extensions: [
    porterApi,
    porterEntityContent,
    porterAdminPage,
    porterTargetPickerFormField,
    porterMonitorPickerFormField,
  ],
});
