import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  claimUrl,
  pair,
  pairManifests,
  patroni,
  refusedAccess,
} from '../../__testUtils__/fixtures';
import { renderWithPorter } from '../../__testUtils__/renderWithPorter';
import { servePorter } from '../../__testUtils__/servePorter';
import { EntityPorterContent } from '../EntityPorterContent/EntityPorterContent';

const server = setupServer();
registerMswTestHooks(server);

describe('changing an exposure from the tab', () => {
  it('edits port, monitor and overrideServicePort in the same form, and shows the changes before saving', async () => {
    const state = servePorter(server, { claims: [pair] });
    server.use(
      http.put(claimUrl(pair), async ({ request }) => {
        const { spec } = (await request.json()) as any;
        const changed = {
          ...pair,
          spec,
          updatedAt: '2026-11-24T09:00:00.000Z',
        };
        if (new URL(request.url).searchParams.get('dryRun') === 'true') {
          return HttpResponse.json({
            claim: changed,
            created: false,
            manifests: pairManifests(changed),
          });
        }
        state.claims = [changed];
        return HttpResponse.json(changed, { status: 200 });
      }),
    );
    await renderWithPorter(<EntityPorterContent />, { entity: patroni });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Change patroni-tsc' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Change patroni-tsc')).toBeInTheDocument();

    // Where it is and what it targets stay; the rest can change.
    expect(dialog.getByLabelText('Cluster and namespace')).toBeDisabled();
    expect(dialog.getByLabelText('Cluster and namespace')).toHaveDisplayValue(
      'gold + golddr · abc123-prod',
    );
    expect(dialog.getByLabelText('Claim name')).toBeDisabled();
    expect(dialog.getByLabelText('Claim name')).toHaveValue('patroni-tsc');
    const service = await dialog.findByRole('combobox', { name: 'Service' });
    expect(service).toHaveDisplayValue('patroni (NodePort)');
    expect(service).toBeDisabled();
    expect(
      dialog.queryByRole('link', { name: 'or use the template' }),
    ).toBeNull();

    await userEvent.selectOptions(
      dialog.getByRole('combobox', { name: 'Port' }),
      '8008',
    );
    const interval = dialog.getByLabelText('Monitor interval (seconds)');
    const timeout = dialog.getByLabelText('Monitor timeout (seconds)');
    await userEvent.clear(interval);
    await userEvent.type(interval, '10');
    await userEvent.clear(timeout);
    await userEvent.type(timeout, '31');
    await userEvent.click(
      dialog.getByRole('checkbox', { name: /overrideServicePort/ }),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Review' }));

    expect(
      await dialog.findByTestId('porter-review-changes'),
    ).toHaveTextContent(
      [
        'Port: 5432 → 8008',
        'Health monitor: tcp every 5 s, timeout 16 s → tcp every 10 s, timeout 31 s',
        'Override service port: No → Yes',
      ].join(''),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Save changes' }));
    expect(await dialog.findByText(/patroni-tsc is saved/)).toBeInTheDocument();

    const saved = state.requests.filter(
      r => r.method === 'PUT' && r.query === '',
    );
    expect(saved.map(r => r.body)).toEqual([
      {
        spec: {
          service: 'patroni',
          servicePort: 8008,
          monitor: { type: 'tcp', interval: 10, timeout: 31 },
          overrideServicePort: true,
        },
        entityRef: 'component:default/patroni-replica',
      },
    ]);
    await userEvent.click(dialog.getByRole('button', { name: 'Close' }));
    expect(
      await screen.findByText('tcp every 10 s, timeout 31 s'),
    ).toBeInTheDocument();
    expect(screen.getByText('patroni:8008')).toBeInTheDocument();
  });

  it('explains up front when the cluster no longer lets the user change claims there', async () => {
    const state = servePorter(server, {
      claims: [pair],
      access: refusedAccess,
    });
    await renderWithPorter(<EntityPorterContent />, { entity: patroni });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Change patroni-tsc' }),
    );
    const dialog = within(await screen.findByRole('dialog'));
    expect(
      await dialog.findByTestId('porter-access-refused'),
    ).toHaveTextContent(
      'You cannot create or change TCP exposures in abc123-prod on gold + golddr',
    );
    expect(dialog.getByTestId('porter-access-refused')).toHaveTextContent(
      'Ask the admins of namespace abc123-prod (in both clusters of the pair) for a RoleBinding',
    );
    expect(dialog.getByRole('button', { name: 'Review' })).toBeDisabled();
    expect(state.requests.filter(r => r.method === 'PUT')).toEqual([]);
  });
});
