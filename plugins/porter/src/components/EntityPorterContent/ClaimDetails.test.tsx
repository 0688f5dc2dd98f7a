import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  claim,
  claimUrl,
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

describe('ClaimDetails', () => {
  it('says how to connect: each VIP with its test command, and the cross-connects of a pair', async () => {
    await render();
    expect(
      screen.getByText('In the data centre, to gold: 127.0.20.2:40001'),
    ).toBeInTheDocument();
    // Code snippets are highlighted in pieces, so look at the text as a whole.
    expect(document.body).toHaveTextContent(
      'timeout 16 bash -c ">/dev/tcp/127.0.30.2/50001"; echo $?',
    );
    expect(
      screen.getByText(
        'From pods in gold: patroni-golddr.abc123-prod.svc:5432 (reaches 127.0.30.2:50001)',
      ),
    ).toBeInTheDocument();
    expect(document.body).toHaveTextContent(
      'host=patroni-gold.abc123-prod.svc port=5432',
    );
  });

  it('copies a firewall request with each destination, TCP and a blank source', async () => {
    const user = userEvent.setup();
    // user-event's clipboard stands in for the browser's; read what was written to it.
    const writeText = jest.spyOn(window.navigator.clipboard, 'writeText');
    await render();
    await user.click(
      screen.getByRole('button', { name: 'Copy firewall request' }),
    );
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0][0];
    expect(copied).toContain('Destination: 127.0.20.2:40001');
    expect(copied).toContain('Destination: 127.0.30.2:50001');
    expect(copied.match(/Protocol: TCP/g)).toHaveLength(2);
    expect(
      copied.match(/Source \(host, IP address or subnet\): _+/g),
    ).toHaveLength(2);
    expect(
      screen.getByText(/Copied: 2 destinations, protocol TCP/),
    ).toBeInTheDocument();
  });

  it("shows each cluster's TransportServer status, error and last update, and when Porter last looked", async () => {
    await render();
    const golddr = within(screen.getByTestId('porter-side-golddr'));
    expect(golddr.getByText('Error in golddr')).toBeInTheDocument();
    expect(
      golddr.getByText(
        'The load balancer reports an error for the TransportServer.',
      ),
    ).toBeInTheDocument();
    const row = (label: string) =>
      golddr.getByRole('row', { name: new RegExp(`^${label}`) });
    expect(row('TransportServer status')).toHaveTextContent('error');
    expect(row('TransportServer error')).toHaveTextContent(
      'pool member 10.0.0.7:5432 unreachable',
    );
    expect(
      row('TransportServer last updated').querySelector('time'),
    ).toHaveAttribute('datetime', '2026-11-24T08:02:00.000Z');
    expect(row('Porter last looked').querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-11-24T08:05:00.000Z',
    );
    const gold = within(screen.getByTestId('porter-side-gold'));
    expect(
      gold.getByRole('row', { name: /^TransportServer error/ }),
    ).toHaveTextContent('none');
  });

  it('lists the history newest first, with who and when', async () => {
    await render();
    const list = await screen.findByRole('list', { name: 'History' });
    const items = within(list).getAllByRole('listitem');
    expect(
      items.map(
        i =>
          within(i).getByText(/^(created|allocated|readdressed)$/).textContent,
      ),
    ).toEqual(['readdressed', 'allocated', 'created']);
    expect(items[0]).toHaveTextContent('Moved to the NodePort address in gold');
    expect(items[0]).toHaveTextContent('Porter (reconciler)');
    expect(items[0].querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-11-24T09:00:00.000Z',
    );
    expect(items[1]).toHaveTextContent('user:default/guest');
  });
});
