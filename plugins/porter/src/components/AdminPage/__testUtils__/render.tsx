import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { PorterClient } from '@internal/plugin-porter-common';
import type { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { porterApiRef } from '../../../api';
import { baseUrl } from '../../../__testUtils__/fixtures';
import { AdminPage } from '../AdminPage';

/** Renders in a test app where entity pages are mounted, so entity links resolve. */
export function renderWithEntityRoutes(element: ReactElement) {
  return renderInTestApp(element, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

/**
 * The administrators' page with the real PorterClient (msw answers at
 * `baseUrl`) for a user allowed exactly the `permissions` named.
 */
export function renderAdminPage(permissions: string[]) {
  const permissionApi = mockApis.permission({
    authorize: request =>
      permissions.includes(request.permission.name)
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
  });
  // usePermission caches answers in SWR's global cache; each render gets its own.
  return renderWithEntityRoutes(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [
            porterApiRef,
            new PorterClient({
              discoveryApi: { getBaseUrl: async () => baseUrl },
              fetchApi: { fetch },
            }),
          ],
          [permissionApiRef, permissionApi],
        ]}
      >
        <AdminPage />
      </TestApiProvider>
    </SWRConfig>,
  );
}

/** recharts observes its container's size; jsdom has no ResizeObserver. */
export function stubResizeObserver() {
  (global as any).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
