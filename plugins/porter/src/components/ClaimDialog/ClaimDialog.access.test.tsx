import type { Entity } from '@backstage/catalog-model';
import { registerMswTestHooks } from '@backstage/test-utils';
import type { NamespaceAccess } from '@internal/plugin-porter-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  allowedAccess,
  baseUrl,
  component,
  errorBody,
  refusal,
  refusedAccess,
} from '../../__testUtils__/fixtures';
import { renderWithPorter } from '../../__testUtils__/renderWithPorter';
import { servePorter } from '../../__testUtils__/servePorter';
import { EntityPorterContent } from '../EntityPorterContent/EntityPorterContent';

const server = setupServer();
registerMswTestHooks(server);

/** The sandbox's borrowed-db: its annotation names another team's namespace. */
const borrowedDb = component('borrowed-db', {
  'porter.devops.gov.bc.ca/namespaces': 'silver/other-team-dev',
});
const twoPlaces = component('two-places', {
  'porter.devops.gov.bc.ca/namespaces':
    'silver/abc123-tools, silver/other-team-dev',
});

/** The guest may do everything in abc123-tools and nothing in other-team-dev. */
const sandboxAccess = (cluster: string, namespace: string) =>
  namespace === 'other-team-dev'
    ? refusedAccess(cluster, namespace)
    : allowedAccess(cluster, namespace);

async function openDialog(entity: Entity) {
  await renderWithPorter(<EntityPorterContent />, { entity });
  await userEvent.click(
    await screen.findByRole('button', { name: 'Expose a Service' }),
  );
  return within(await screen.findByRole('dialog'));
}

const asked = (state: ReturnType<typeof servePorter>, suffix: string) =>
  state.requests.filter(r => r.path.endsWith(suffix)).map(r => r.path);

describe('the create dialog explains cluster access before anyone tries', () => {
  it("explains the cluster's refusal up front, says what to do, and does not let the user go on", async () => {
    const state = servePorter(server, { access: sandboxAccess });
    const dialog = await openDialog(borrowedDb);

    const refused = await dialog.findByTestId('porter-access-refused');
    expect(refused).toHaveTextContent(
      'You cannot create or change TCP exposures in other-team-dev on silver',
    );
    expect(refused).toHaveTextContent(
      "Cluster 'silver' does not allow user 'guest' (groups: guests, platform-admins) to create transportserverclaims.porter.devops.gov.bc.ca in namespace 'other-team-dev' (RBAC).",
    );
    expect(refused).toHaveTextContent(
      "What to do: Porter asks the cluster, so you may do here exactly what you could do with oc. Ask the admins of namespace other-team-dev for a RoleBinding that lets 'guest' create transportserverclaims.porter.devops.gov.bc.ca there.",
    );
    // The choice is marked, not hidden.
    expect(dialog.getByLabelText('Cluster and namespace')).toHaveDisplayValue(
      'silver · other-team-dev (no access)',
    );
    // Nothing to fill in, nothing to review, and the Services are not asked for.
    expect(dialog.queryByLabelText('Service')).toBeNull();
    expect(dialog.queryByLabelText('Claim name')).toBeNull();
    expect(dialog.getByRole('button', { name: 'Review' })).toBeDisabled();
    expect(asked(state, '/services')).toEqual([]);

    await userEvent.click(
      within(refused).getByRole('button', {
        name: 'A Role and RoleBinding to send them',
      }),
    );
    await waitFor(() => expect(refused).toHaveTextContent('kind: RoleBinding'));
    expect(refused).toHaveTextContent('namespace: other-team-dev');
    expect(refused).toHaveTextContent('kind: User name: guest');
  });

  it('marks the places the user cannot use, explains the chosen one, and asks the cluster once per place', async () => {
    const state = servePorter(server, { access: sandboxAccess });
    const dialog = await openDialog(twoPlaces);
    const target = dialog.getByLabelText('Cluster and namespace');
    await waitFor(() =>
      expect(
        within(target)
          .getAllByRole('option')
          .map(o => [o.textContent, (o as HTMLOptionElement).disabled]),
      ).toEqual([
        ['silver · abc123-tools', false],
        ['silver · other-team-dev (no access)', false],
      ]),
    );
    expect(dialog.getByTestId('porter-target-no-access')).toHaveTextContent(
      "silver · other-team-dev: no access. Cluster 'silver' does not allow user 'guest'",
    );
    expect(
      await dialog.findByRole('combobox', { name: 'Service' }),
    ).toBeInTheDocument();

    await userEvent.selectOptions(target, 'silver/other-team-dev');
    expect(dialog.getByTestId('porter-access-refused')).toBeInTheDocument();
    expect(dialog.queryByTestId('porter-target-no-access')).toBeNull();
    expect(dialog.queryByLabelText('Service')).toBeNull();
    expect(dialog.getByRole('button', { name: 'Review' })).toBeDisabled();

    await userEvent.selectOptions(target, 'silver/abc123-tools');
    expect(
      await dialog.findByRole('combobox', { name: 'Service' }),
    ).toBeInTheDocument();
    expect(dialog.queryByTestId('porter-access-refused')).toBeNull();
    expect(dialog.getByRole('button', { name: 'Review' })).toBeEnabled();
    expect(asked(state, '/access').sort()).toEqual([
      '/clusters/silver/namespaces/abc123-tools/access',
      '/clusters/silver/namespaces/other-team-dev/access',
    ]);
  });

  it('keeps the typed Service and port, with the reason, when only listing Services is refused', async () => {
    const state = servePorter(server, {
      access: (cluster, namespace): NamespaceAccess => ({
        ...allowedAccess(cluster, namespace),
        listServices: refusal(cluster, namespace, 'list services'),
      }),
    });
    server.use(
      http.put(
        `${baseUrl}/clusters/silver/namespaces/other-team-dev/claims/db-tsc`,
        () =>
          HttpResponse.json(
            errorBody('InputError', 'Stop here: the dry run was asked.', 400),
            { status: 400 },
          ),
      ),
    );
    const dialog = await openDialog(borrowedDb);
    expect(
      await dialog.findByTestId('porter-services-not-listed'),
    ).toHaveTextContent(
      "Type the Service name and port: Porter cannot list the Services in namespace other-team-dev on silver for you. Cluster 'silver' does not allow user 'guest' (groups: guests, platform-admins) to list services in namespace 'other-team-dev' (RBAC).",
    );
    expect(dialog.queryByTestId('porter-access-refused')).toBeNull();
    await userEvent.type(
      dialog.getByRole('textbox', { name: 'Service' }),
      'db',
    );
    await userEvent.type(
      dialog.getByRole('spinbutton', { name: 'Port' }),
      '5432',
    );
    expect(dialog.getByLabelText('Claim name')).toHaveValue('db-tsc');
    await userEvent.click(dialog.getByRole('button', { name: 'Review' }));
    expect(
      await dialog.findByText(/Stop here: the dry run was asked/),
    ).toBeInTheDocument();
    expect(asked(state, '/services')).toEqual([]);
  });

  it('says it is checking, and lets the user go on when the check fails', async () => {
    let answerAccess: (r: Response) => void = () => {};
    const state = servePorter(server);
    server.use(
      http.get(
        `${baseUrl}/clusters/:cluster/namespaces/:namespace/access`,
        () => new Promise<Response>(resolve => (answerAccess = resolve)),
      ),
    );
    const dialog = await openDialog(borrowedDb);
    expect(
      await dialog.findByRole('progressbar', {
        name: 'Checking your access to namespace other-team-dev on silver',
      }),
    ).toBeInTheDocument();
    expect(dialog.queryByLabelText('Service')).toBeNull();
    expect(dialog.getByRole('button', { name: 'Review' })).toBeDisabled();

    answerAccess(
      HttpResponse.json(
        errorBody(
          'ServiceUnavailableError',
          "Cluster 'silver' is unavailable",
          503,
        ),
        { status: 503 },
      ),
    );
    expect(
      await dialog.findByText(
        /Could not check what you may do in namespace other-team-dev on silver \(Cluster 'silver' is unavailable \(HTTP 503\)\)\. You can go on: Porter checks again when you save\./,
      ),
    ).toBeInTheDocument();
    expect(
      await dialog.findByRole('combobox', { name: 'Service' }),
    ).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Review' })).toBeEnabled();

    // Asked again on request: now the answer is a refusal.
    server.use(
      http.get(
        `${baseUrl}/clusters/:cluster/namespaces/:namespace/access`,
        () => HttpResponse.json(refusedAccess('silver', 'other-team-dev')),
      ),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Try again' }));
    expect(
      await dialog.findByTestId('porter-access-refused'),
    ).toBeInTheDocument();
    expect(asked(state, '/access')).toHaveLength(2);
  });
});
