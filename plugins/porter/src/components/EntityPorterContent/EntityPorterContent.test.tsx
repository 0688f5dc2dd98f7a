import type { Entity } from '@backstage/catalog-model';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  Allocation,
  Claim,
  PorterClient,
} from '@internal/plugin-porter-common';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { porterApiRef } from '../../api';
import { EntityPorterContent } from './EntityPorterContent';

const baseUrl = 'http://localhost:7007/api/porter';
const server = setupServer();
registerMswTestHooks(server);

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'guests' },
  };
}

const yourservice = component('yourservice', {
  'backstage.io/kubernetes-namespace': 'yourlicenceplate-dev',
});
const patroni = component('patroni-replica', {
  'porter.devops.gov.bc.ca/namespaces': 'gold/abc123-prod, golddr/abc123-prod',
});

/** A claim as the API returns it; the fixtures only set what the tab shows. */
function claim(options: {
  cluster: string;
  namespace?: string;
  name: string;
  spec?: Partial<Claim['spec']>;
  allocations: Allocation[];
  sides?: Claim['status']['sides'];
}): Claim {
  return {
    cluster: options.cluster,
    namespace: options.namespace ?? 'abc123-prod',
    name: options.name,
    entityRef: 'component:default/patroni-replica',
    spec: {
      service: 'patroni',
      servicePort: 5432,
      monitor: { type: 'tcp', interval: 5, timeout: 16 },
      overrideServicePort: false,
      ...options.spec,
    },
    status: { allocations: options.allocations, sides: options.sides ?? [] },
    createdAt: '2026-11-24T08:00:00.000Z',
    updatedAt: '2026-11-24T08:00:00.000Z',
  } as Claim;
}

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
});

const pair = claim({
  cluster: 'gold',
  name: 'patroni-tsc',
  allocations: [
    {
      cluster: 'gold',
      address: '127.0.20.1',
      port: 40001,
      serviceType: 'ClusterIP',
    },
    {
      cluster: 'golddr',
      address: '127.0.30.1',
      port: 40001,
      serviceType: 'ClusterIP',
    },
  ],
});

/** Serves GET /claims from `respond`, recording the entityRef each request asked for. */
function serveClaims(respond: () => Response): string[] {
  const asked: string[] = [];
  server.use(
    http.get(`${baseUrl}/claims`, ({ request }) => {
      asked.push(new URL(request.url).searchParams.get('entityRef') ?? '');
      return respond();
    }),
  );
  return asked;
}

async function renderTab(entity: Entity) {
  const porterApi = new PorterClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: { fetch },
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [porterApiRef, porterApi],
        [discoveryApiRef, { getBaseUrl: async () => baseUrl }],
        [fetchApiRef, { fetch }],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityPorterContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

/** Text of the element whose whole text content matches, across child spans. */
function textContaining(text: string) {
  return screen.getAllByText(
    (_, element) =>
      !!element?.textContent?.includes(text) &&
      Array.from(element.children).every(
        child => !child.textContent?.includes(text),
      ),
  );
}

describe('EntityPorterContent', () => {
  it("lists the entity's standalone and pair claims with every allocation", async () => {
    const asked = serveClaims(() =>
      HttpResponse.json({ items: [standalone, pair] }),
    );
    await renderTab(patroni);

    expect(await screen.findByText('clamav-tsc')).toBeInTheDocument();
    expect(asked).toEqual(['component:default/patroni-replica']);
    expect(screen.getByText('TCP exposures (2)')).toBeInTheDocument();

    const rows = screen.getAllByRole('row');
    const clamavRow = rows.find(r => within(r).queryByText('clamav-tsc'))!;
    const patroniRow = rows.find(r => within(r).queryByText('patroni-tsc'))!;

    // Standalone: one allocation, in silver.
    const clamav = within(clamavRow);
    expect(clamav.getByText('silver / abc123-tools')).toBeInTheDocument();
    expect(clamav.getByText('clamav:3310')).toBeInTheDocument();
    expect(clamav.getByText('127.0.10.1:30001')).toBeInTheDocument();
    expect(clamav.getByText('silver')).toBeInTheDocument();
    expect(clamav.getAllByRole('listitem')).toHaveLength(1);
    expect(
      clamav.getByText('tcp every 10 s, timeout 10 s'),
    ).toBeInTheDocument();
    expect(clamav.getByText('Yes')).toBeInTheDocument();

    // Pair: both sides, primary first, each with its own copy button.
    const patroniCells = within(patroniRow);
    expect(patroniCells.getByText('gold / abc123-prod')).toBeInTheDocument();
    expect(patroniCells.getByText('patroni:5432')).toBeInTheDocument();
    const lines = patroniCells.getAllByRole('listitem');
    expect(lines.map(l => l.textContent)).toEqual([
      '127.0.20.1:40001gold',
      '127.0.30.1:40001golddr',
    ]);
    expect(
      patroniCells.getByRole('button', { name: 'Copy 127.0.20.1:40001' }),
    ).toBeInTheDocument();
    expect(
      patroniCells.getByRole('button', { name: 'Copy 127.0.30.1:40001' }),
    ).toBeInTheDocument();
    expect(
      patroniCells.getByText('tcp every 5 s, timeout 16 s'),
    ).toBeInTheDocument();
    expect(patroniCells.getByText('No')).toBeInTheDocument();

    // The reach warning is always there.
    expect(screen.getByTestId('porter-reachability-note')).toHaveTextContent(
      /inside the data centre.*NetworkPolicy cannot narrow.*mutual TLS/,
    );
  });

  it('shows each side’s phase, and the reasons when it is not Ready', async () => {
    const observed = claim({
      cluster: 'gold',
      name: 'observed-tsc',
      allocations: [],
      sides: [
        {
          cluster: 'gold',
          phase: 'Ready',
          reasons: [],
          observedAt: '2026-11-24T08:00:00.000Z',
        },
        {
          cluster: 'golddr',
          phase: 'Degraded',
          reasons: ["Cluster 'golddr' is unavailable: connect ECONNREFUSED"],
          observedAt: '2026-11-24T08:00:00.000Z',
        },
      ],
    });
    serveClaims(() => HttpResponse.json({ items: [observed] }));
    await renderTab(patroni);
    expect(await screen.findByText('Ready in gold')).toBeInTheDocument();
    expect(screen.getByText('Degraded in golddr')).toBeInTheDocument();
    expect(
      screen.getByText("Cluster 'golddr' is unavailable: connect ECONNREFUSED"),
    ).toBeInTheDocument();
  });

  it('teaches with a claim for the first bound namespace when there are none', async () => {
    const asked = serveClaims(() => HttpResponse.json({ items: [] }));
    await renderTab(yourservice);

    expect(await screen.findByText('No TCP exposures yet')).toBeInTheDocument();
    expect(asked).toEqual(['component:default/yourservice']);
    for (const line of [
      'apiVersion: porter.devops.gov.bc.ca/v1alpha1',
      'kind: TransportServerClaim',
      'name: yourservice-tsc',
      'namespace: yourlicenceplate-dev',
      'porter.devops.gov.bc.ca/entity-ref: component:default/yourservice',
      'service: yourservice',
      'servicePort: 8000',
    ]) {
      expect(textContaining(line).length).toBeGreaterThan(0);
    }
    expect(screen.getByTestId('porter-post-path')).toHaveTextContent(
      '/api/porter/clusters/<cluster>/claims',
    );
    expect(
      screen.getByRole('button', { name: 'Copy the claims URL path' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('porter-reachability-note')).toBeInTheDocument();
  });

  it("names the binding's cluster in the POST path when the annotation has one", async () => {
    serveClaims(() => HttpResponse.json({ items: [] }));
    await renderTab(patroni);

    expect(await screen.findByText('No TCP exposures yet')).toBeInTheDocument();
    expect(textContaining('namespace: abc123-prod').length).toBeGreaterThan(0);
    expect(screen.getByTestId('porter-post-path')).toHaveTextContent(
      '/api/porter/clusters/gold/claims',
    );
  });

  it('shows the server error when the API fails', async () => {
    serveClaims(() =>
      HttpResponse.json(
        {
          error: { name: 'Error', message: 'database is unreachable' },
          request: { method: 'GET', url: '/api/porter/claims' },
          response: { statusCode: 500 },
        },
        { status: 500 },
      ),
    );
    await renderTab(yourservice);

    expect(
      // The panel titles the error `Error: <message>`; the client leads the message with the server's words.
      await screen.findByText(/database is unreachable \(HTTP 500\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText('No TCP exposures yet')).not.toBeInTheDocument();
    expect(screen.getByTestId('porter-reachability-note')).toBeInTheDocument();
  });
});
