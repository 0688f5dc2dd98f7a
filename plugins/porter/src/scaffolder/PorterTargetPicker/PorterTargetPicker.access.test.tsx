import { registerMswTestHooks } from '@backstage/test-utils';
import type { NamespaceAccess } from '@internal/plugin-porter-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import {
  allowedAccess,
  component,
  refusal,
  refusedAccess,
} from '../../__testUtils__/fixtures';
import { entities, servePorter } from './__testUtils__/fixtures';
import { last, renderField, Value } from './__testUtils__/renderField';

const server = setupServer();
registerMswTestHooks(server);

const catalog = [
  ...entities,
  component('borrowed-db', {
    'porter.devops.gov.bc.ca/namespaces': 'silver/other-team-dev',
  }),
  component('two-places', {
    'porter.devops.gov.bc.ca/namespaces':
      'silver/abc123-tools, silver/other-team-dev',
  }),
];

/** The guest may do everything in abc123-tools and nothing in other-team-dev. */
const sandboxAccess = (cluster: string, namespace: string) =>
  namespace === 'other-team-dev'
    ? refusedAccess(cluster, namespace)
    : allowedAccess(cluster, namespace);

/** Records which places' access was asked for. */
function countAccess() {
  const places: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const match = new URL(request.url).pathname.match(
      /clusters\/(.+)\/namespaces\/(.+)\/access$/,
    );
    if (match) places.push(`${match[1]}/${match[2]}`);
  });
  return places;
}

const renderFor = (entityRef: string, values: Value[] = []) =>
  renderField(
    { entityField: 'entityRef', formData: { entityRef }, values },
    catalog,
  );

describe('PorterTargetPicker and the cluster’s RBAC', () => {
  afterEach(() => server.events.removeAllListeners());

  it('explains the refusal of the only place, and offers no Service to pick', async () => {
    const listed = servePorter(server, sandboxAccess);
    const values: Value[] = [];
    await renderFor('component:default/borrowed-db', values);

    const refused = await screen.findByTestId('porter-access-refused');
    expect(refused).toHaveTextContent(
      'You cannot create or change TCP exposures in other-team-dev on silver',
    );
    expect(refused).toHaveTextContent(
      "Cluster 'silver' does not allow user 'guest' (groups: guests, platform-admins) to create transportserverclaims.porter.devops.gov.bc.ca in namespace 'other-team-dev' (RBAC).",
    );
    expect(refused).toHaveTextContent('for a RoleBinding');
    expect(screen.getByLabelText('Cluster and namespace')).toHaveDisplayValue(
      'silver · other-team-dev (no access)',
    );
    expect(screen.queryByLabelText('Service')).toBeNull();
    expect(listed).toEqual([]);
    expect(last(values)).toEqual({
      cluster: 'silver',
      namespace: 'other-team-dev',
    });
  });

  it('marks the place without access, explains it when chosen, and asks once per place', async () => {
    servePorter(server, sandboxAccess);
    const asked = countAccess();
    await renderFor('component:default/two-places');
    const target = await screen.findByLabelText('Cluster and namespace');
    await waitFor(() =>
      expect(
        within(target)
          .getAllByRole('option')
          .map(o => o.textContent),
      ).toEqual([
        'Choose…',
        'silver · abc123-tools',
        'silver · other-team-dev (no access)',
      ]),
    );
    expect(screen.getByTestId('porter-target-no-access')).toHaveTextContent(
      'silver · other-team-dev: no access.',
    );

    await userEvent.selectOptions(target, 'silver/other-team-dev');
    expect(
      await screen.findByTestId('porter-access-refused'),
    ).toBeInTheDocument();
    await userEvent.selectOptions(target, 'silver/abc123-tools');
    expect(await screen.findByLabelText('Service')).toBeInTheDocument();
    expect(screen.queryByTestId('porter-access-refused')).toBeNull();
    await userEvent.selectOptions(target, 'silver/other-team-dev');
    await screen.findByTestId('porter-access-refused');
    expect(asked.sort()).toEqual([
      'silver/abc123-tools',
      'silver/other-team-dev',
    ]);
  });

  it('takes a typed Service and port, with the reason, when only listing Services is refused', async () => {
    const listed = servePorter(
      server,
      (cluster, namespace): NamespaceAccess => ({
        ...allowedAccess(cluster, namespace),
        listServices: refusal(cluster, namespace, 'list services'),
      }),
    );
    const values: Value[] = [];
    await renderFor('component:default/clamav', values);
    expect(
      await screen.findByTestId('porter-services-not-listed'),
    ).toHaveTextContent(
      "Type the Service name and port: Porter cannot list the Services in namespace abc123-tools in silver for you. Cluster 'silver' does not allow user 'guest'",
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Service' }),
      'clamav',
    );
    await userEvent.type(
      screen.getByRole('spinbutton', { name: 'Port' }),
      '3310',
    );
    expect(last(values)).toEqual({
      cluster: 'silver',
      namespace: 'abc123-tools',
      service: 'clamav',
      servicePort: 3310,
    });
    expect(listed).toEqual([]);
  });
});
