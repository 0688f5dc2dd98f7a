import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  baseUrl,
  claim,
  clusters,
  errorBody,
  pair,
  patroni,
  settings,
  side,
  yourservice,
} from '../../__testUtils__/fixtures';
import {
  Authorize,
  renderWithPorter,
} from '../../__testUtils__/renderWithPorter';
import { EntityPorterContent } from './EntityPorterContent';

const server = setupServer();
registerMswTestHooks(server);

const standalone = claim({
  cluster: 'silver',
  namespace: 'abc123-tools',
  name: 'clamav-tsc',
  spec: {
    service: 'clamav',
    servicePort: 3310,
    monitor: { type: 'tcp', interval: 10, timeout: 10 },
    overrideServicePort: true,
  },
  allocations: [
    {
      cluster: 'silver',
      address: '127.0.10.1',
      port: 30001,
      serviceType: 'ClusterIP',
    },
  ],
  sides: [side('silver', 'Ready')],
});

/** Serves GET /claims from `respond`, recording each request's query. */
function serveClaims(respond: (query: URLSearchParams) => Response) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get(`${baseUrl}/claims`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      return respond(query);
    }),
    http.get(`${baseUrl}/clusters`, () =>
      HttpResponse.json({ items: clusters, settings }),
    ),
  );
  return asked;
}

const renderTab = (entity = patroni, authorize?: Authorize) =>
  renderWithPorter(<EntityPorterContent />, { entity, authorize });

describe('EntityPorterContent', () => {
  it("lists the entity's standalone and pair claims with every allocation", async () => {
    const asked = serveClaims(() =>
      HttpResponse.json({ items: [standalone, pair] }),
    );
    await renderTab();

    expect(await screen.findByText('clamav-tsc')).toBeInTheDocument();
    expect(asked.map(q => q.get('entityRef'))).toEqual([
      'component:default/patroni-replica',
    ]);
    expect(screen.getByText('TCP exposures (2)')).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    const clamav = within(rows.find(r => within(r).queryByText('clamav-tsc'))!);
    const patroniRow = within(
      rows.find(r => within(r).queryByText('patroni-tsc'))!,
    );

    expect(clamav.getByText('silver / abc123-tools')).toBeInTheDocument();
    expect(clamav.getByText('clamav:3310')).toBeInTheDocument();
    expect(clamav.getByText('127.0.10.1:30001')).toBeInTheDocument();
    expect(
      clamav.getByText('tcp every 10 s, timeout 10 s'),
    ).toBeInTheDocument();
    expect(
      clamav.getByText('cross-connects on 3310 (overrideServicePort)'),
    ).toBeInTheDocument();

    // A pair: both sides, primary first, each with its own copy button.
    expect(patroniRow.getByText('gold / abc123-prod')).toBeInTheDocument();
    expect(patroniRow.getAllByRole('listitem').map(l => l.textContent)).toEqual(
      [
        '127.0.20.2:40001gold',
        '127.0.30.2:50001golddr',
        'Ready in gold',
        'Ready in golddr',
      ],
    );
    expect(
      patroniRow.getByRole('button', { name: 'Copy 127.0.30.2:50001' }),
    ).toBeInTheDocument();
    expect(
      patroniRow.getByRole('button', { name: 'Change patroni-tsc' }),
    ).toBeEnabled();
    expect(
      patroniRow.getByRole('button', { name: 'Delete patroni-tsc' }),
    ).toBeEnabled();
    expect(
      screen.getByRole('button', { name: 'Expose a Service' }),
    ).toBeEnabled();
    expect(screen.getByTestId('porter-reachability-note')).toHaveTextContent(
      /inside the data centre.*NetworkPolicy cannot narrow.*mutual TLS/,
    );
  });

  it('shows the first page of claims, and the next on demand', async () => {
    const asked = serveClaims(query =>
      HttpResponse.json(
        query.get('cursor')
          ? { items: [pair] }
          : { items: [standalone], nextCursor: 'page-2' },
      ),
    );
    await renderTab();
    expect(await screen.findByText('TCP exposures (1+)')).toBeInTheDocument();
    expect(asked.map(q => [q.get('limit'), q.get('cursor')])).toEqual([
      ['50', null],
    ]);

    await userEvent.click(
      screen.getByRole('button', { name: 'Show more exposures' }),
    );
    expect(await screen.findByText('TCP exposures (2)')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Show more exposures' }),
    ).not.toBeInTheDocument();
    expect(asked.slice(1).map(q => [q.get('limit'), q.get('cursor')])).toEqual([
      ['50', null],
      ['50', 'page-2'],
    ]);
  });

  it('shows progress while loading, then the reasons of a side that is not Ready', async () => {
    let answer: () => void = () => {};
    const answered = new Promise<void>(resolve => {
      answer = resolve;
    });
    serveClaims(() => HttpResponse.json({ items: [] }));
    server.use(
      http.get(`${baseUrl}/claims`, async () => {
        await answered;
        return HttpResponse.json({
          items: [
            claim({
              cluster: 'gold',
              name: 'observed-tsc',
              allocations: [],
              sides: [
                side('gold', 'Error', {
                  reasons: [
                    "Service 'patroni' is ClusterIP; gold requires NodePort",
                  ],
                }),
              ],
            }),
          ],
        });
      }),
    );
    await renderTab();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    answer();
    expect(await screen.findByText('Error in gold')).toBeInTheDocument();
    expect(
      screen.getByText(
        "Service 'patroni' is ClusterIP; gold requires NodePort",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
  });

  it('offers the dialog and the template first when there are none, the YAML second', async () => {
    serveClaims(() => HttpResponse.json({ items: [] }));
    await renderTab(yourservice);

    expect(await screen.findByText('No TCP exposures yet')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Expose a Service' }),
    ).toBeEnabled();
    // A link that looks like a button.
    expect(
      screen.getByRole('button', { name: 'Use the template' }),
    ).toHaveAttribute(
      'href',
      `/create/templates/default/tcp-exposure?formData=${encodeURIComponent(
        '{"entityRef":"component:default/yourservice"}',
      )}`,
    );
    // The YAML is there for oc users, folded away.
    const oc = screen.getByRole('button', {
      name: /For oc users: the TransportServerClaim YAML/,
    });
    expect(oc).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(oc);
    expect(oc).toHaveAttribute('aria-expanded', 'true');
    expect(document.body).toHaveTextContent('namespace: yourlicenceplate-dev');
    expect(document.body).toHaveTextContent(
      'porter.devops.gov.bc.ca/entity-ref: component:default/yourservice',
    );
    expect(screen.getByTestId('porter-post-path')).toHaveTextContent(
      '/api/porter/clusters/<cluster>/claims',
    );
  });

  it('tells users who may not create why, instead of offering the dialog', async () => {
    serveClaims(() => HttpResponse.json({ items: [] }));
    await renderTab(
      patroni,
      ({ permission }) => permission.name !== 'porter.claim.create',
    );

    expect(await screen.findByText('No TCP exposures yet')).toBeInTheDocument();
    expect(await screen.findByRole('note')).toHaveTextContent(
      'You may not expose Services of component:default/patroni-replica: only the owners of component:default/patroni-replica (group:default/guests) may (porter.claim.create).',
    );
    expect(
      screen.queryByRole('button', { name: 'Expose a Service' }),
    ).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Use the template' }),
    ).toBeNull();
  });

  it('disables Change and Delete, with the reason, for users who may not', async () => {
    serveClaims(() => HttpResponse.json({ items: [pair] }));
    await renderTab(patroni, ({ permission, resourceRef }) => {
      expect(resourceRef).toBe(
        permission.name === 'porter.claim.create'
          ? 'component:default/patroni-replica'
          : 'gold/abc123-prod/patroni-tsc',
      );
      return permission.name === 'porter.claim.create';
    });

    const change = await screen.findByRole('button', {
      name: 'Change patroni-tsc',
    });
    await waitFor(() => expect(change).toBeDisabled());
    expect(change.parentElement).toHaveAttribute(
      'title',
      'You may not change this exposure: only the owners of component:default/patroni-replica (group:default/guests) may (porter.claim.update).',
    );
    const remove = screen.getByRole('button', { name: 'Delete patroni-tsc' });
    expect(remove).toBeDisabled();
    expect(remove.parentElement).toHaveAttribute(
      'title',
      expect.stringContaining('You may not delete this exposure'),
    );
    expect(
      screen.getByRole('button', { name: 'Expose a Service' }),
    ).toBeEnabled();
  });

  it('shows the server error when the API fails', async () => {
    serveClaims(() =>
      HttpResponse.json(errorBody('Error', 'database is unreachable', 500), {
        status: 500,
      }),
    );
    await renderTab(yourservice);

    // The panel titles the error `Error: <message>`; the client leads the message with the server's words.
    expect(
      await screen.findByText(/database is unreachable \(HTTP 500\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText('No TCP exposures yet')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(screen.getByTestId('porter-reachability-note')).toBeInTheDocument();
  });

  it('shows a permission refusal in the API’s own words', async () => {
    serveClaims(() =>
      HttpResponse.json(
        errorBody(
          'NotAllowedError',
          'You may not read TCP exposures (porter.claim.read)',
          403,
        ),
        { status: 403 },
      ),
    );
    await renderTab();
    expect(
      await screen.findByText(
        /You may not read TCP exposures \(porter.claim.read\) \(HTTP 403\)/,
      ),
    ).toBeInTheDocument();
  });
});
