import { registerMswTestHooks } from '@backstage/test-utils';
import { Claim } from '@internal/plugin-porter-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  claim,
  claimUrl,
  errorBody,
  pairAllocations,
  pairManifests,
  patroni,
  side,
} from '../../__testUtils__/fixtures';
import { renderWithPorter } from '../../__testUtils__/renderWithPorter';
import { servePorter } from '../../__testUtils__/servePorter';
import { EntityPorterContent } from '../EntityPorterContent/EntityPorterContent';

const server = setupServer();
registerMswTestHooks(server);

const id = { cluster: 'gold', namespace: 'abc123-prod', name: 'patroni-tsc' };
const created = (spec: Partial<Claim['spec']> = {}) =>
  claim({
    ...id,
    spec,
    allocations: pairAllocations,
    sides: [side('gold', 'Pending'), side('golddr', 'Pending')],
  });

/** Opens the dialog from the empty state. */
async function openDialog() {
  await renderWithPorter(<EntityPorterContent />, { entity: patroni });
  await userEvent.click(
    await screen.findByRole('button', { name: 'Expose a Service' }),
  );
  return within(await screen.findByRole('dialog'));
}

describe('creating an exposure from the tab', () => {
  it('offers the pair as one choice, previews the claim, and shows its addresses at once', async () => {
    const state = servePorter(server);
    server.use(
      http.put(claimUrl(id), ({ request }) => {
        const dryRun = new URL(request.url).searchParams.get('dryRun');
        const claimed = created({ overrideServicePort: true });
        if (dryRun === 'true') {
          return HttpResponse.json({
            claim: claimed,
            created: true,
            manifests: pairManifests(claimed),
          });
        }
        state.claims = [claimed];
        return HttpResponse.json(claimed, { status: 201 });
      }),
    );
    const dialog = await openDialog();

    expect(dialog.getByText('Expose a Service over TCP')).toBeInTheDocument();
    const target = dialog.getByLabelText('Cluster and namespace');
    expect(target).toHaveDisplayValue('gold + golddr · abc123-prod');
    expect(
      dialog.getByRole('option', {
        name: 'golddr · abc123-prod (not available)',
      }),
    ).toBeDisabled();
    expect(dialog.getByTestId('porter-target-unavailable')).toHaveTextContent(
      'golddr · abc123-prod is not offered: golddr is the standby half of the gold + golddr pair: claims are made in gold and mirrored to golddr.',
    );
    expect(
      dialog.getByRole('link', { name: 'or use the template' }),
    ).toHaveAttribute(
      'href',
      expect.stringContaining(
        '/create/templates/default/tcp-exposure?formData=',
      ),
    );

    // The namespace's Services, with their type; then the chosen one's TCP ports.
    const service = await dialog.findByRole('combobox', { name: 'Service' });
    await waitFor(() => expect(service).toBeEnabled());
    expect(
      within(service)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Choose…', 'patroni (NodePort)', 'pgbouncer (ClusterIP)']);
    await userEvent.selectOptions(service, 'patroni');
    const port = dialog.getByRole('combobox', { name: 'Port' });
    expect(
      within(port)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Choose…', '5432 (postgres)', '8008 (patroni-api)']);
    await userEvent.selectOptions(port, '5432');
    expect(dialog.getByLabelText('Claim name')).toHaveValue('patroni-tsc');
    expect(dialog.queryByTestId('porter-nodeport-warning')).toBeNull();
    expect(dialog.getByLabelText('Monitor interval (seconds)')).toHaveValue(5);
    expect(dialog.getByLabelText('Monitor timeout (seconds)')).toHaveValue(16);
    await userEvent.click(
      dialog.getByRole('checkbox', { name: /overrideServicePort/ }),
    );
    expect(
      dialog.getByText(
        /patroni-5432-golddr in gold and patroni-5432-gold in golddr listen on port 5432 instead of the other side's VIP port/,
      ),
    ).toBeInTheDocument();

    await userEvent.click(dialog.getByRole('button', { name: 'Review' }));
    expect(
      await dialog.findByText(
        /Porter checked everything and nothing is written yet/,
      ),
    ).toBeInTheDocument();
    expect(dialog.getByTestId('porter-review-allocations')).toHaveTextContent(
      '127.0.20.2:40001 in gold (NodePort pool)127.0.30.2:50001 in golddr (NodePort pool)',
    );
    expect(dialog.getByTestId('porter-review-gold')).toHaveTextContent(
      'gold: TransportServer patroni-tsc, Service patroni-golddr, Endpoints patroni-golddr, TransportServerClaim patroni-tsc',
    );
    expect(dialog.getByTestId('porter-review-golddr')).toHaveTextContent(
      'golddr: TransportServer patroni-tsc, Service patroni-gold, Endpoints patroni-gold',
    );
    expect(document.body).toHaveTextContent('kind: TransportServerClaim');
    expect(document.body).toHaveTextContent('overrideServicePort: true');

    await userEvent.click(
      dialog.getByRole('button', { name: 'Create exposure' }),
    );
    expect(
      await dialog.findByText(/patroni-tsc is created/),
    ).toBeInTheDocument();
    expect(dialog.getByTestId('porter-saved-allocations')).toHaveTextContent(
      '127.0.20.2:40001gold127.0.30.2:50001golddr',
    );
    const writes = state.requests.filter(r => r.method === 'PUT');
    expect(writes.map(w => w.query)).toEqual(['?dryRun=true', '']);
    expect(writes[1].body).toEqual({
      spec: {
        service: 'patroni',
        servicePort: 5432,
        monitor: { type: 'tcp', interval: 5, timeout: 16 },
        overrideServicePort: true,
      },
      entityRef: 'component:default/patroni-replica',
    });

    // The table has it already, settling.
    await userEvent.click(dialog.getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('TCP exposures (1)')).toBeInTheDocument();
    expect(screen.getByText('Pending in golddr')).toBeInTheDocument();
  });

  it('shows what is wrong next to the field, before asking the backend', async () => {
    const state = servePorter(server);
    const dialog = await openDialog();
    await userEvent.selectOptions(
      await dialog.findByRole('combobox', { name: 'Service' }),
      'patroni',
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Review' }));
    expect(dialog.getByText('servicePort is required')).toBeInTheDocument();

    await userEvent.selectOptions(
      dialog.getByRole('combobox', { name: 'Port' }),
      '5432',
    );
    const interval = dialog.getByLabelText('Monitor interval (seconds)');
    await userEvent.clear(interval);
    await userEvent.type(interval, '30');
    await userEvent.click(dialog.getByRole('button', { name: 'Review' }));
    expect(
      dialog.getByText(/monitor.timeout must be at least monitor.interval/),
    ).toBeInTheDocument();
    expect(state.requests.filter(r => r.method === 'PUT')).toEqual([]);
  });

  it("puts the backend's refusal next to the field it names, or above the buttons", async () => {
    servePorter(server);
    let answer = () =>
      HttpResponse.json(
        errorBody(
          'ConflictError',
          "Service 'patroni' port 5432 in namespace 'abc123-prod' on cluster 'gold' is already exposed by gold/abc123-prod/pg. Update that claim instead.",
          409,
        ),
        { status: 409 },
      );
    server.use(http.put(claimUrl(id), () => answer()));
    const dialog = await openDialog();
    await userEvent.selectOptions(
      await dialog.findByRole('combobox', { name: 'Service' }),
      'patroni',
    );
    await userEvent.selectOptions(
      dialog.getByRole('combobox', { name: 'Port' }),
      '5432',
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Review' }));
    const port = dialog.getByRole('combobox', { name: 'Port' });
    await waitFor(() => expect(port).toHaveAttribute('aria-invalid', 'true'));
    expect(port).toHaveAccessibleDescription(
      /is already exposed by gold\/abc123-prod\/pg\. Update that claim instead\.$/,
    );

    answer = () =>
      HttpResponse.json(
        errorBody(
          'NotAllowedError',
          'You may not create TCP exposures for component:default/patroni-replica: only its owners (group:default/dbas) may.',
          403,
        ),
        { status: 403 },
      );
    await userEvent.selectOptions(port, '8008');
    await userEvent.click(dialog.getByRole('button', { name: 'Review' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'You may not create TCP exposures for component:default/patroni-replica: only its owners (group:default/dbas) may. (HTTP 403)',
    );
  });

  it('warns before saving when the Service is not NodePort where the cluster requires it', async () => {
    servePorter(server);
    const dialog = await openDialog();
    await userEvent.selectOptions(
      await dialog.findByRole('combobox', { name: 'Service' }),
      'pgbouncer',
    );
    // Its only TCP port is taken at once.
    expect(dialog.getByRole('combobox', { name: 'Port' })).toHaveValue('6432');
    expect(dialog.getByTestId('porter-nodeport-warning')).toHaveTextContent(
      'gold and golddr require NodePort Services for TCP exposures, and pgbouncer is ClusterIP.',
    );
    expect(dialog.getByTestId('porter-nodeport-warning')).toHaveTextContent(
      `oc -n abc123-prod patch service pgbouncer -p '{"spec":{"type":"NodePort"}}'`,
    );
  });

  it('lets the Service be typed when the namespace cannot be listed', async () => {
    servePorter(server);
    server.use(
      http.get(
        'http://localhost:7007/api/porter/clusters/gold/namespaces/abc123-prod/services',
        () =>
          HttpResponse.json(
            errorBody(
              'ServiceUnavailableError',
              "Cluster 'gold' is unavailable",
              503,
            ),
            { status: 503 },
          ),
      ),
    );
    const dialog = await openDialog();
    expect(
      await dialog.findByText(
        /Could not list the Services in namespace abc123-prod on gold \(Cluster 'gold' is unavailable \(HTTP 503\)\)/,
      ),
    ).toBeInTheDocument();
    await userEvent.type(
      dialog.getByRole('textbox', { name: 'Service' }),
      'patroni',
    );
    await userEvent.type(
      dialog.getByRole('spinbutton', { name: 'Port' }),
      '5432',
    );
    expect(dialog.getByLabelText('Claim name')).toHaveValue('patroni-tsc');
  });

  it('will not turn a create into a change of an existing claim', async () => {
    servePorter(server);
    server.use(
      http.put(claimUrl(id), () =>
        HttpResponse.json({
          claim: created(),
          created: false,
          manifests: pairManifests(created()),
        }),
      ),
    );
    const dialog = await openDialog();
    await userEvent.selectOptions(
      await dialog.findByRole('combobox', { name: 'Service' }),
      'patroni',
    );
    await userEvent.selectOptions(
      dialog.getByRole('combobox', { name: 'Port' }),
      '5432',
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Review' }));
    expect(
      await dialog.findByText(
        'A claim named patroni-tsc already exists in namespace abc123-prod on gold: choose another name.',
      ),
    ).toBeInTheDocument();
    expect(
      dialog.queryByRole('button', { name: 'Create exposure' }),
    ).toBeNull();
  });
});
