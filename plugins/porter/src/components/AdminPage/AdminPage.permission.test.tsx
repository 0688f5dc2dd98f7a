import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  registerMswTestHooks,
  TestApiProvider,
} from '@backstage/test-utils';
import { PorterClient } from '@internal/plugin-porter-common';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { porterApiRef } from '../../api';
import { overview } from './__testUtils__/overview';
import {
  renderWithEntityRoutes,
  stubResizeObserver,
} from './__testUtils__/render';
import { AdminPage } from './AdminPage';
import { RequirePorterAdmin } from './RequirePorterAdmin';

const baseUrl = 'http://localhost:7007/api/porter';
const server = setupServer();
registerMswTestHooks(server);

jest.setTimeout(30_000);
beforeAll(stubResizeObserver);

/** Serves the overview; returns how many times it was asked for. */
function serveOverview(respond: () => Response) {
  const calls = { count: 0 };
  server.use(
    http.get(`${baseUrl}/admin/overview`, () => {
      calls.count++;
      return respond();
    }),
  );
  return calls;
}

async function renderPage(allowed: boolean) {
  const permissionApi = mockApis.permission({
    authorize: request =>
      request.permission.name === 'porter.admin.read' && allowed
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
  });
  return renderWithEntityRoutes(
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
      <RequirePorterAdmin>
        <span>Porter admin (nav item)</span>
      </RequirePorterAdmin>
      <AdminPage />
    </TestApiProvider>,
  );
}

// A separate file: usePermission caches decisions for the whole test file.
describe('AdminPage without porter.admin.read', () => {
  it('tells the user who the page is for, hides its sidebar item, and asks the backend nothing', async () => {
    const calls = serveOverview(() => HttpResponse.json(overview));
    await renderPage(false);
    expect(
      await screen.findByText('This page is for platform administrators'),
    ).toBeInTheDocument();
    expect(screen.getByText('porter.admin.read')).toBeInTheDocument();
    expect(calls.count).toBe(0);
    expect(
      screen.queryByText('Porter admin (nav item)'),
    ).not.toBeInTheDocument();
  });
});
