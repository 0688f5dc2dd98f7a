import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  claim,
  claimUrl,
  errorBody,
  pairAllocations,
  side,
} from '../../__testUtils__/fixtures';
import {
  Authorize,
  renderWithPorter,
} from '../../__testUtils__/renderWithPorter';
import { servePorter } from '../../__testUtils__/servePorter';
import { ClaimDetails } from './ClaimDetails';

const server = setupServer();
registerMswTestHooks(server);

const pair = claim({
  cluster: 'gold',
  name: 'pg',
  spec: { overrideServicePort: true },
  allocations: pairAllocations,
  sides: [
    side('gold', 'Ready', {
      observedAt: '2026-11-24T08:05:00.000Z',
      transportServer: {
        status: 'Ok',
        lastUpdated: '2026-11-24T08:01:00.000Z',
      },
      crossConnects: [
        { name: 'patroni-golddr', port: 5432, endpoint: '127.0.30.2:50001' },
      ],
    }),
    side('golddr', 'Error', {
      observedAt: '2026-11-24T08:05:00.000Z',
      reasons: ['The load balancer reports an error for the TransportServer.'],
      transportServer: {
        status: 'error',
        error: 'pool member 10.0.0.7:5432 unreachable',
        lastUpdated: '2026-11-24T08:02:00.000Z',
      },
      crossConnects: [
        { name: 'patroni-gold', port: 5432, endpoint: '127.0.20.2:40001' },
      ],
    }),
  ],
});
const url = claimUrl(pair);

const fixFor = (cluster: string) => ({
  kind: 'NetworkPolicy',
  apiVersion: 'networking.k8s.io/v1',
  metadata: { name: 'allow-from-f5-ingress', namespace: 'abc123-prod' },
  spec: { podSelector: { matchLabels: { app: `patroni-${cluster}` } } },
});

const blocked = (cluster: string) => ({
  cluster,
  verdict: {
    kind: 'blocked',
    summary: `NetworkPolicies block F5 traffic to all 2 ready pods in ${cluster}.`,
    allowedBy: [],
    notes: ['Applying allow-from-f5-ingress also isolates patroni-2.'],
    fix: fixFor(cluster),
  },
});

const history = [
  {
    type: 'created',
    at: '2026-11-24T08:00:00.000Z',
    actor: 'user:default/guest',
    message: 'Claim created',
  },
  {
    type: 'allocated',
    at: '2026-11-24T08:00:00.000Z',
    actor: 'user:default/guest',
    message: 'Allocated 127.0.20.2:40001 in gold',
  },
  {
    type: 'readdressed',
    at: '2026-11-24T09:00:00.000Z',
    message: 'Moved to the NodePort address in gold',
  },
];

/** Renders the details; returns the requests the backend saw. */
async function render(authorize?: Authorize) {
  const { requests } = servePorter(server);
  server.use(
    http.get(`${url}/history`, () => HttpResponse.json({ items: history })),
  );
  await renderWithPorter(<ClaimDetails claim={pair} />, { authorize });
  return requests;
}

describe('ClaimDetails, checks', () => {
  it('confirms the exact NetworkPolicy for one cluster, applies it there only, and shows each result', async () => {
    const applied: unknown[] = [];
    server.use(
      http.get(`${url}/policy`, () =>
        HttpResponse.json({ items: [blocked('gold'), blocked('golddr')] }),
      ),
      http.post(`${url}/policy`, async ({ request }) => {
        const body = (await request.json()) as { clusters: string[] };
        applied.push(body);
        return HttpResponse.json({
          items: body.clusters.map(cluster =>
            cluster === 'gold'
              ? { cluster, applied: 'allow-from-f5-ingress' }
              : {
                  cluster,
                  error:
                    "networkpolicies is forbidden: User cannot create resource in 'abc123-prod'",
                },
          ),
        });
      }),
    );
    const requests = await render();
    const historyReads = () =>
      requests.filter(r => r.path.endsWith('/pg/history')).length;
    await waitFor(() => expect(historyReads()).toBe(1));
    await userEvent.click(
      screen.getByRole('button', { name: 'Check NetworkPolicies' }),
    );
    const golddr = within(await screen.findByTestId('porter-policy-golddr'));
    expect(golddr.getByText('golddr: blocked')).toBeInTheDocument();
    expect(
      golddr.getByText(
        'Applying allow-from-f5-ingress also isolates patroni-2.',
      ),
    ).toBeInTheDocument();

    await userEvent.click(
      golddr.getByRole('button', { name: 'Apply in golddr' }),
    );
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog);
    expect(
      confirm.getByText('Apply a NetworkPolicy in golddr?'),
    ).toBeInTheDocument();
    // Exactly golddr's policy, not gold's.
    expect(dialog).toHaveTextContent('app: patroni-golddr');
    expect(dialog).not.toHaveTextContent(/app: patroni-gold(?!dr)/);
    await userEvent.click(confirm.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(applied).toEqual([]);

    await userEvent.click(
      golddr.getByRole('button', { name: 'Apply in golddr' }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Apply in golddr',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const results = await screen.findByRole('list', {
      name: 'NetworkPolicy apply results',
    });
    expect(results).toHaveTextContent(
      "golddr: not applied: networkpolicies is forbidden: User cannot create resource in 'abc123-prod'",
    );
    await userEvent.click(
      within(screen.getByTestId('porter-policy-gold')).getByRole('button', {
        name: 'Apply in gold',
      }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Apply in gold',
      }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('list', { name: 'NetworkPolicy apply results' }),
      ).toHaveTextContent('gold: applied NetworkPolicy allow-from-f5-ingress'),
    );
    expect(applied).toEqual([{ clusters: ['golddr'] }, { clusters: ['gold'] }]);
    // The history is read again after each apply, to show the policy-applied event.
    await waitFor(() => expect(historyReads()).toBe(3));
  });

  it('disables the apply button, with the reason, for users who may not apply policies', async () => {
    server.use(
      http.get(`${url}/policy`, () =>
        HttpResponse.json({ items: [blocked('gold')] }),
      ),
    );
    await render(
      ({ permission }) => permission.name !== 'porter.claim.policy.apply',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Check NetworkPolicies' }),
    );
    const apply = await screen.findByRole('button', { name: 'Apply in gold' });
    await waitFor(() => expect(apply).toBeDisabled());
    expect(apply.parentElement).toHaveAttribute(
      'title',
      'You may not apply NetworkPolicies for this exposure: only the owners of component:default/patroni-replica may (porter.claim.policy.apply).',
    );
    // The YAML stays there to copy.
    expect(document.body).toHaveTextContent('name: allow-from-f5-ingress');
  });

  it('tests the connection and shows each side’s result', async () => {
    server.use(
      http.post(`${url}/test`, () =>
        HttpResponse.json({
          items: [
            {
              cluster: 'gold',
              address: '127.0.20.2',
              port: 40001,
              ok: true,
              latencyMs: 3,
              commands: [],
            },
            {
              cluster: 'golddr',
              address: '127.0.30.2',
              port: 50001,
              ok: false,
              latencyMs: 16000,
              error: 'connect ECONNREFUSED',
              commands: [],
            },
          ],
        }),
      ),
    );
    await render();
    await userEvent.click(
      screen.getByRole('button', { name: 'Test connection' }),
    );
    expect(
      await screen.findByText('gold: 127.0.20.2:40001 connects (3 ms)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'golddr: 127.0.30.2:50001 does not connect: connect ECONNREFUSED',
      ),
    ).toBeInTheDocument();
  });

  it('shows the server’s message when a check fails', async () => {
    server.use(
      http.get(`${url}/policy`, () =>
        HttpResponse.json(
          errorBody(
            'ServiceUnavailableError',
            "Cluster 'gold' is unavailable",
            503,
          ),
          {
            status: 503,
          },
        ),
      ),
    );
    await render();
    await userEvent.click(
      screen.getByRole('button', { name: 'Check NetworkPolicies' }),
    );
    expect(
      await screen.findByText(
        "Error: Cluster 'gold' is unavailable (HTTP 503)",
      ),
    ).toBeInTheDocument();
  });
});
