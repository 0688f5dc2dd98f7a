import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  registerMswTestHooks,
  TestApiProvider,
} from '@backstage/test-utils';
import { PorterClient } from '@internal/plugin-porter-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

describe('AdminPage', () => {
  it('shows the pools, the broken exposures and the quotas to an administrator', async () => {
    serveOverview(() => HttpResponse.json(overview));
    await renderPage(true);
    expect(
      await screen.findByTestId('porter-pool-summary', undefined, {
        timeout: 20_000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ports per cluster')).toBeInTheDocument();
    expect(screen.getByText('Ports per address')).toBeInTheDocument();
    expect(
      screen.getByText('Exposures needing attention (2)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Claims per namespace')).toBeInTheDocument();
    // Its sidebar item is shown to administrators.
    expect(screen.getByText('Porter admin (nav item)')).toBeInTheDocument();
  });

  it('teaches with empty states when there are no claims and nothing is broken', async () => {
    serveOverview(() =>
      HttpResponse.json({ ...overview, namespaces: [], problems: [] }),
    );
    await renderPage(true);
    expect(
      await screen.findByText('No exposure is Degraded or in Error'),
    ).toBeInTheDocument();
    expect(screen.getByText('No claims yet')).toBeInTheDocument();
    expect(
      screen.getByText(
        /with the template “Expose a Service over TCP” under Create/,
      ),
    ).toBeInTheDocument();
  });

  it('says where clusters are configured when there are none', async () => {
    serveOverview(() =>
      HttpResponse.json({ clusters: [], namespaces: [], problems: [] }),
    );
    await renderPage(true);
    expect(
      await screen.findByText('Porter has no clusters configured'),
    ).toBeInTheDocument();
    expect(screen.getByText('porter.clusters')).toBeInTheDocument();
  });

  it("shows the backend's error, and loads again when asked", async () => {
    serveOverview(() =>
      HttpResponse.json(
        {
          error: {
            name: 'NotAllowedError',
            message:
              'The Porter overview is for platform administrators (porter.admin.read)',
          },
          request: { method: 'GET', url: '/api/porter/admin/overview' },
          response: { statusCode: 403 },
        },
        { status: 403 },
      ),
    );
    await renderPage(true);
    expect(
      await screen.findByText(
        /The Porter overview is for platform administrators \(porter\.admin\.read\) \(HTTP 403\)/,
      ),
    ).toBeInTheDocument();

    const calls = serveOverview(() => HttpResponse.json(overview));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByTestId('porter-pool-summary'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByTestId('porter-pool-summary');
    expect(calls.count).toBe(2);
  });
});
