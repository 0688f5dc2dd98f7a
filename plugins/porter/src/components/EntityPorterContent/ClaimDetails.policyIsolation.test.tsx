import { registerMswTestHooks } from '@backstage/test-utils';
import type { PolicySide } from '@internal/plugin-porter-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { claimUrl, errorBody, pair } from '../../__testUtils__/fixtures';
import { renderWithPorter } from '../../__testUtils__/renderWithPorter';
import { servePorter } from '../../__testUtils__/servePorter';
import { ClaimDetails } from './ClaimDetails';

const server = setupServer();
registerMswTestHooks(server);

const url = claimUrl(pair);

const fix = {
  kind: 'NetworkPolicy',
  apiVersion: 'networking.k8s.io/v1',
  metadata: { name: 'allow-from-f5-ingress', namespace: 'abc123-prod' },
  spec: {
    podSelector: { matchLabels: { app: 'patroni' } },
    ingress: [
      {
        from: [{ namespaceSelector: { matchLabels: { network: 'f5' } } }],
        ports: [{ protocol: 'TCP', port: 5432 }],
      },
    ],
    policyTypes: ['Ingress'],
  },
};

/** gold's verdict: traffic partly blocked; the fix isolates `wouldIsolate` when given. */
const partial = (wouldIsolate?: string[]): PolicySide => ({
  cluster: 'gold',
  verdict: {
    kind: 'partial',
    summary:
      'NetworkPolicies block F5 traffic to 1 of 3 ready pods behind Service patroni on port 5432 (patroni-0).',
    allowedBy: [],
    pods: [],
    notReady: [],
    notes: [],
    fix,
    ...(wouldIsolate ? { wouldIsolate } : {}),
  },
});
const allowed: PolicySide = {
  cluster: 'gold',
  verdict: {
    kind: 'allowed',
    summary: 'F5 traffic reaches all 3 ready pods behind Service patroni.',
    allowedBy: ['allow-from-f5-ingress'],
    pods: [],
    notReady: [],
    notes: [],
  },
};

/**
 * Serves the verdicts in turn (the last one repeats) and records each apply;
 * `applyAnswer` answers them.
 */
function serveChecks(
  verdicts: PolicySide[][],
  applyAnswer: () => Response = () =>
    HttpResponse.json({
      items: [{ cluster: 'gold', applied: 'allow-from-f5-ingress' }],
    }),
) {
  const state = { checks: 0, applies: [] as unknown[] };
  servePorter(server);
  server.use(
    http.get(`${url}/history`, () => HttpResponse.json({ items: [] })),
    http.get(`${url}/policy`, () => {
      const items = verdicts[Math.min(state.checks, verdicts.length - 1)];
      state.checks++;
      return HttpResponse.json({ items });
    }),
    http.post(`${url}/policy`, async ({ request }) => {
      state.applies.push(await request.json());
      return applyAnswer();
    }),
  );
  return state;
}

async function reviewApply() {
  await renderWithPorter(<ClaimDetails claim={pair} />);
  await userEvent.click(
    screen.getByRole('button', { name: 'Check NetworkPolicies' }),
  );
  await userEvent.click(
    await within(await screen.findByTestId('porter-policy-gold')).findByRole(
      'button',
      { name: 'Apply in gold' },
    ),
  );
  return within(await screen.findByRole('dialog'));
}

describe('ClaimDetails, a NetworkPolicy fix that isolates open pods', () => {
  it('says plainly who would be cut off, and applies with confirmIsolation only once that is ticked', async () => {
    const state = serveChecks([
      [partial(['patroni-1', 'patroni-2'])],
      [allowed],
    ]);
    let dialog = await reviewApply();
    const warning = dialog.getByTestId('porter-policy-isolation');
    expect(warning).toHaveTextContent(
      '2 pods would be cut off from everything else',
    );
    expect(warning).toHaveTextContent(
      'These pods accept traffic from everywhere now (no NetworkPolicy selects them)',
    );
    expect(
      within(dialog.getByRole('list', { name: 'Pods the fix isolates' }))
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(['patroni-1', 'patroni-2']);
    expect(warning).toHaveTextContent(
      'The fix makes them accept only the F5 ingress on port 5432: anything else that reaches them today',
    );
    expect(warning).toHaveTextContent('would be cut off');
    const apply = dialog.getByRole('button', { name: 'Apply in gold' });
    expect(apply).toBeDisabled();

    // Cancelled: nothing sent, and the next review starts unticked.
    await userEvent.click(
      dialog.getByRole('checkbox', { name: /isolate them/ }),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(
      within(screen.getByTestId('porter-policy-gold')).getByRole('button', {
        name: 'Apply in gold',
      }),
    );
    dialog = within(await screen.findByRole('dialog'));
    expect(
      dialog.getByRole('checkbox', { name: /isolate them/ }),
    ).not.toBeChecked();
    expect(
      dialog.getByRole('button', { name: 'Apply in gold' }),
    ).toBeDisabled();
    expect(state.applies).toEqual([]);

    await userEvent.click(
      dialog.getByRole('checkbox', {
        name: 'I checked that nothing else needs to reach these pods: isolate them',
      }),
    );
    await userEvent.click(
      dialog.getByRole('button', { name: 'Apply in gold' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(state.applies).toEqual([
      { clusters: ['gold'], confirmIsolation: true },
    ]);
    expect(
      await screen.findByText(
        'gold: applied NetworkPolicy allow-from-f5-ingress',
      ),
    ).toBeInTheDocument();
  });

  it('applies without confirmIsolation when the fix isolates nobody', async () => {
    const state = serveChecks([[partial()], [allowed]]);
    const dialog = await reviewApply();
    expect(dialog.queryByTestId('porter-policy-isolation')).toBeNull();
    expect(dialog.queryByRole('checkbox')).toBeNull();
    await userEvent.click(
      dialog.getByRole('button', { name: 'Apply in gold' }),
    );
    await waitFor(() => expect(state.applies).toHaveLength(1));
    expect(state.applies).toEqual([{ clusters: ['gold'] }]);
  });

  it("shows the backend's 409 when the pods changed meanwhile, and reviews the new verdict on request", async () => {
    let answer = () =>
      HttpResponse.json(
        errorBody(
          'ConflictError',
          "Applying NetworkPolicy 'allow-from-f5-ingress' in gold would isolate patroni-3, which accept all traffic now and would then accept only what some NetworkPolicy admits. Check that nothing else needs to reach them, then apply again with confirmIsolation: true. Nothing was written.",
          409,
        ),
        { status: 409 },
      );
    // A new pod started between the check and the apply.
    const state = serveChecks(
      [[partial()], [partial(['patroni-3'])], [allowed]],
      () => answer(),
    );
    const dialog = await reviewApply();
    await userEvent.click(
      dialog.getByRole('button', { name: 'Apply in gold' }),
    );
    const refusal = await dialog.findByRole('alert');
    expect(refusal).toHaveTextContent(
      "Porter did not apply it: Applying NetworkPolicy 'allow-from-f5-ingress' in gold would isolate patroni-3",
    );
    expect(refusal).toHaveTextContent('Nothing was written. (HTTP 409)');
    expect(
      dialog.getByRole('button', { name: 'Apply in gold' }),
    ).toBeDisabled();
    // Not shown a second time behind the dialog.
    expect(screen.getAllByText(/would isolate patroni-3/)).toHaveLength(1);

    await userEvent.click(dialog.getByRole('button', { name: 'Review again' }));
    expect(
      await dialog.findByTestId('porter-policy-isolation'),
    ).toHaveTextContent('One pod would be cut off from everything else');
    expect(dialog.queryByText(/Porter did not apply it/)).toBeNull();
    expect(state.checks).toBe(2);

    answer = () =>
      HttpResponse.json({
        items: [{ cluster: 'gold', applied: 'allow-from-f5-ingress' }],
      });
    await userEvent.click(
      dialog.getByRole('checkbox', {
        name: 'I checked that nothing else needs to reach this pod: isolate it',
      }),
    );
    await userEvent.click(
      dialog.getByRole('button', { name: 'Apply in gold' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(state.applies).toEqual([
      { clusters: ['gold'] },
      { clusters: ['gold'], confirmIsolation: true },
    ]);
  });

  it('says when there is nothing left to apply after reviewing again', async () => {
    serveChecks([[partial()], [allowed]], () =>
      HttpResponse.json(
        errorBody(
          'ConflictError',
          'The verdict changed. Nothing was written.',
          409,
        ),
        { status: 409 },
      ),
    );
    const dialog = await reviewApply();
    await userEvent.click(
      dialog.getByRole('button', { name: 'Apply in gold' }),
    );
    await userEvent.click(
      await dialog.findByRole('button', { name: 'Review again' }),
    );
    expect(
      await dialog.findByText(
        'There is nothing to apply in gold now: F5 traffic reaches all 3 ready pods behind Service patroni.',
      ),
    ).toBeInTheDocument();
    expect(dialog.queryByRole('button', { name: 'Apply in gold' })).toBeNull();
    await userEvent.click(dialog.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
