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

/** @alpha The route of Porter's page for platform administrators. */
export const porterAdminPageRouteRef = createRouteRef();

/**
 * @alpha Porter's page for platform administrators (`page:porter/admin`):
 * pools, quotas and broken exposures. Its sidebar item is discovered from the
 * page; the app shows it inside `RequirePorterAdmin`.
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

/** @alpha `ui:field: PorterTargetPicker` for the scaffolder's template form. */
export const porterTargetPickerFormField = FormFieldBlueprint.make({
  name: 'porter-target-picker',
  params: {
    field: () =>
      import('./scaffolder/formField').then(m => m.PorterTargetPickerFormField),
  },
});

/** @alpha `ui:field: PorterMonitorPicker`: the health monitor, checked with the backend's rules. */
export const porterMonitorPickerFormField = FormFieldBlueprint.make({
  name: 'porter-monitor-picker',
  params: {
    field: () =>
      import('./scaffolder/formField').then(
        m => m.PorterMonitorPickerFormField,
      ),
  },
});

/** @alpha Porter for Backstage, for apps on the new frontend system. */
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
