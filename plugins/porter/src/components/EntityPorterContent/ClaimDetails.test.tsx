import {
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { Claim, PorterClient } from '@internal/plugin-porter-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { porterApiRef } from '../../api';
import { ClaimDetails } from './ClaimDetails';

const baseUrl = 'http://localhost:7007/api/porter';
const claimUrl = `${baseUrl}/clusters/gold/namespaces/abc123-prod/claims/pg`;
const server = setupServer();
registerMswTestHooks(server);

const pair: Claim = {
  cluster: 'gold',
  namespace: 'abc123-prod',
  name: 'pg',
  entityRef: 'component:default/patroni-replica',
  spec: {
    service: 'patroni',
    servicePort: 5432,
    monitor: { type: 'tcp', interval: 5, timeout: 16 },
    overrideServicePort: true,
  },
  status: {
    allocations: [
      {
        cluster: 'gold',
        address: '127.0.20.2',
        port: 40000,
        serviceType: 'NodePort',
      },
      {
        cluster: 'golddr',
        address: '127.0.30.2',
        port: 50000,
        serviceType: 'NodePort',
      },
    ],
    sides: [
      {
        cluster: 'gold',
        phase: 'Ready',
        reasons: [],
        observedAt: '',
        crossConnects: [
          { name: 'patroni-golddr', port: 5432, endpoint: '127.0.30.2:50000' },
        ],
      },
      {
        cluster: 'golddr',
        phase: 'Ready',
        reasons: [],
        observedAt: '',
        crossConnects: [
          { name: 'patroni-gold', port: 5432, endpoint: '127.0.20.2:40000' },
        ],
      },
    ],
  },
  createdAt: '',
  updatedAt: '',
};

const FIX = {
  kind: 'NetworkPolicy',
  apiVersion: 'networking.k8s.io/v1',
  metadata: { name: 'allow-from-f5-ingress', namespace: 'abc123-prod' },
  spec: { podSelector: { matchLabels: { app: 'patroni' } } },
};

function render() {
  const api = new PorterClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: { fetch },
  });
  return renderInTestApp(
    <TestApiProvider apis={[[porterApiRef, api]]}>
      <ClaimDetails claim={pair} />
    </TestApiProvider>,
  );
}

describe('ClaimDetails', () => {
  it('says how to connect: each VIP with its test command, and the cross-connects of a pair', async () => {
    await render();
    expect(
      screen.getByText('In the data centre, to gold: 127.0.20.2:40000'),
    ).toBeInTheDocument();
    // Code snippets are highlighted in pieces, so look at the text as a whole.
    expect(document.body).toHaveTextContent(
      'timeout 16 bash -c ">/dev/tcp/127.0.30.2/50000"; echo $?',
    );
    expect(
      screen.getByText(
        'From pods in gold: patroni-golddr.abc123-prod.svc:5432 (reaches 127.0.30.2:50000)',
      ),
    ).toBeInTheDocument();
    expect(document.body).toHaveTextContent(
      'host=patroni-gold.abc123-prod.svc port=5432',
    );
  });

  it('checks NetworkPolicies, shows the fix, and applies it', async () => {
    let blocked = true;
    let applied = 0;
    server.use(
      http.get(`${claimUrl}/policy`, () =>
        HttpResponse.json({
          items: [
            blocked
              ? {
                  cluster: 'gold',
                  verdict: {
                    kind: 'blocked',
                    summary: 'No policy lets the load balancer in.',
                    allowedBy: [],
                    fix: FIX,
                  },
                }
              : {
                  cluster: 'gold',
                  verdict: {
                    kind: 'allowed',
                    summary: 'Allowed by allow-from-f5-ingress.',
                    allowedBy: ['allow-from-f5-ingress'],
                  },
                },
          ],
        }),
      ),
      http.post(`${claimUrl}/policy`, () => {
        applied++;
        blocked = false;
        return HttpResponse.json({
          items: [{ cluster: 'gold', applied: 'allow-from-f5-ingress' }],
        });
      }),
    );
    await render();
    await userEvent.click(
      screen.getByRole('button', { name: 'Check NetworkPolicies' }),
    );
    expect(await screen.findByText('gold: blocked')).toBeInTheDocument();
    expect(document.body).toHaveTextContent('name: allow-from-f5-ingress');
    await userEvent.click(
      screen.getByRole('button', { name: 'Apply it in gold' }),
    );
    expect(await screen.findByText('gold: allowed')).toBeInTheDocument();
    expect(applied).toBe(1);
  });

  it('tests the connection and shows each side’s result', async () => {
    server.use(
      http.post(`${claimUrl}/test`, () =>
        HttpResponse.json({
          items: [
            {
              cluster: 'gold',
              address: '127.0.20.2',
              port: 40000,
              ok: true,
              latencyMs: 3,
              commands: [],
            },
            {
              cluster: 'golddr',
              address: '127.0.30.2',
              port: 50000,
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
      await screen.findByText('gold: 127.0.20.2:40000 connects (3 ms)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'golddr: 127.0.30.2:50000 does not connect: connect ECONNREFUSED',
      ),
    ).toBeInTheDocument();
  });

  it('shows the server’s message when a check fails', async () => {
    server.use(
      http.get(`${claimUrl}/policy`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'ServiceUnavailableError',
              message: "Cluster 'gold' is unavailable",
            },
            response: { statusCode: 503 },
          },
          { status: 503 },
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
