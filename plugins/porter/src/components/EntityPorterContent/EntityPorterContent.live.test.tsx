import { registerMswTestHooks } from '@backstage/test-utils';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  baseUrl,
  claim,
  claimUrl,
  clusters,
  errorBody,
  pairAllocations,
  patroni,
  settings,
  side,
} from '../../__testUtils__/fixtures';
import { renderWithPorter } from '../../__testUtils__/renderWithPorter';
import { LIVE_REFRESH } from '../../lib/liveRefresh';
import { EntityPorterContent } from './EntityPorterContent';

const server = setupServer();
registerMswTestHooks(server);

const withSides = (gold: string, golddr: string) =>
  claim({
    cluster: 'gold',
    name: 'patroni-tsc',
    allocations: pairAllocations,
    sides: [side('gold', gold as any), side('golddr', golddr as any)],
  });

/** Answers GET /claims with each response in turn (the last one repeats); counts the requests. */
function serveInTurn(...responses: Array<() => Response>) {
  const asked = { count: 0 };
  server.use(
    http.get(`${baseUrl}/claims`, () => {
      const respond = responses[Math.min(asked.count, responses.length - 1)];
      asked.count++;
      return respond();
    }),
    http.get(`${baseUrl}/clusters`, () =>
      HttpResponse.json({ items: clusters, settings }),
    ),
  );
  return asked;
}

/** Lets `ms` of (fake) time pass, and the requests it starts finish. */
async function wait(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

describe('EntityPorterContent, live', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('updates by itself while a side is Pending, and stops once every side has settled', async () => {
    const asked = serveInTurn(
      () => HttpResponse.json({ items: [withSides('Pending', 'Pending')] }),
      () => HttpResponse.json({ items: [withSides('Ready', 'Pending')] }),
      () => HttpResponse.json({ items: [withSides('Ready', 'Ready')] }),
    );
    await renderWithPorter(<EntityPorterContent />, { entity: patroni });
    await wait(0);
    expect(screen.getByText('Pending in gold')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Settling in gold and golddr: this updates by itself',
    );

    await wait(LIVE_REFRESH.firstDelayMs);
    expect(asked.count).toBe(2);
    expect(screen.getByText('Ready in gold')).toBeInTheDocument();
    expect(screen.getByText('Pending in golddr')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Settling in golddr');

    await wait(2 * LIVE_REFRESH.firstDelayMs);
    expect(asked.count).toBe(3);
    expect(screen.getByText('Ready in golddr')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();

    // Settled: no more requests, however long the tab stays open.
    await wait(10 * LIVE_REFRESH.maxDelayMs);
    expect(asked.count).toBe(3);
  });

  it('waits twice as long each time, up to the longest wait, while a side stays Degraded', async () => {
    const asked = serveInTurn(() =>
      HttpResponse.json({ items: [withSides('Ready', 'Degraded')] }),
    );
    await renderWithPorter(<EntityPorterContent />, { entity: patroni });
    await wait(0);
    expect(asked.count).toBe(1);
    const requestsAfter = async (ms: number) => {
      await wait(ms - 1);
      const before = asked.count;
      await wait(1);
      return [before, asked.count];
    };
    expect(await requestsAfter(2_000)).toEqual([1, 2]);
    expect(await requestsAfter(4_000)).toEqual([2, 3]);
    expect(await requestsAfter(8_000)).toEqual([3, 4]);
    expect(await requestsAfter(16_000)).toEqual([4, 5]);
    expect(await requestsAfter(30_000)).toEqual([5, 6]);
    expect(await requestsAfter(30_000)).toEqual([6, 7]);
  });

  it('keeps showing the last claims when a reload fails, says so, and tries again', async () => {
    const asked = serveInTurn(
      () => HttpResponse.json({ items: [withSides('Pending', 'Ready')] }),
      () =>
        HttpResponse.json(errorBody('Error', 'backend restarting', 503), {
          status: 503,
        }),
      () => HttpResponse.json({ items: [withSides('Ready', 'Ready')] }),
    );
    await renderWithPorter(<EntityPorterContent />, { entity: patroni });
    await wait(0);
    await wait(LIVE_REFRESH.firstDelayMs);
    expect(asked.count).toBe(2);
    expect(screen.getByText('Pending in gold')).toBeInTheDocument();
    expect(
      screen.getByText(/Could not refresh \(backend restarting \(HTTP 503\)\)/),
    ).toBeInTheDocument();

    await wait(2 * LIVE_REFRESH.firstDelayMs);
    expect(asked.count).toBe(3);
    expect(screen.getByText('Ready in gold')).toBeInTheDocument();
    expect(screen.queryByText(/Could not refresh/)).toBeNull();
  });
});

describe('EntityPorterContent, live, with a row open', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it("keeps the open row's details, and the checks shown there, across reloads", async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const asked = serveInTurn(
      () => HttpResponse.json({ items: [withSides('Pending', 'Ready')] }),
      () => HttpResponse.json({ items: [withSides('Ready', 'Ready')] }),
    );
    server.use(
      http.get(`${claimUrl(withSides('Ready', 'Ready'))}/history`, () =>
        HttpResponse.json({ items: [] }),
      ),
      http.post(`${claimUrl(withSides('Ready', 'Ready'))}/test`, () =>
        HttpResponse.json({
          items: [
            {
              cluster: 'gold',
              address: '127.0.20.2',
              port: 40001,
              ok: true,
              latencyMs: 2,
              commands: [],
            },
          ],
        }),
      ),
    );
    await renderWithPorter(<EntityPorterContent />, { entity: patroni });
    await wait(0);
    await user.click(
      screen.getByRole('button', { name: 'Detail panel visiblity toggle' }),
    );
    await wait(10);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await wait(0);
    expect(
      screen.getByText('gold: 127.0.20.2:40001 connects (2 ms)'),
    ).toBeInTheDocument();

    await wait(LIVE_REFRESH.firstDelayMs);
    expect(asked.count).toBe(2);
    expect(
      within(screen.getByTestId('porter-side-gold')).getByText('Ready in gold'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('gold: 127.0.20.2:40001 connects (2 ms)'),
    ).toBeInTheDocument();
  });
});
