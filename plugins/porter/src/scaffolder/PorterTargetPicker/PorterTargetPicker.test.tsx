import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { baseUrl, servePorter } from './__testUtils__/fixtures';
import { last, renderField, Value } from './__testUtils__/renderField';

const server = setupServer();
registerMswTestHooks(server);

describe('PorterTargetPicker', () => {
  it("takes the entity's only namespace, lists its Services with their type, and the single TCP port", async () => {
    const asked = servePorter(server);
    const values: Value[] = [];
    await renderField({
      entityField: 'entityRef',
      formData: { entityRef: 'component:default/clamav' },
      values,
    });

    // One binding: chosen at once, and its Services are listed.
    const service = await screen.findByLabelText('Service');
    expect(last(values)).toEqual({
      cluster: 'silver',
      namespace: 'abc123-tools',
    });
    expect(asked).toEqual(['silver/abc123-tools']);
    expect(
      within(service)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Choose…', 'clamav (ClusterIP)', 'dns (ClusterIP)']);

    await userEvent.selectOptions(service, 'clamav');
    expect(last(values)).toEqual({
      cluster: 'silver',
      namespace: 'abc123-tools',
      service: 'clamav',
      servicePort: 3310,
    });
    expect(screen.getByLabelText('Port')).toHaveValue('3310');
    // Silver does not require NodePort: no warning for a ClusterIP Service.
    expect(
      screen.queryByTestId('porter-nodeport-warning'),
    ).not.toBeInTheDocument();
  });

  it('offers a pair as one choice, never its secondary alone, warns about a ClusterIP target where NodePort is required, and asks for the port of a multi-port Service', async () => {
    servePorter(server);
    const values: Value[] = [];
    await renderField({
      entityField: 'entityRef',
      formData: { entityRef: 'component:default/patroni-replica' },
      values,
    });

    const target = await screen.findByLabelText('Cluster and namespace');
    const options = within(target).getAllByRole(
      'option',
    ) as HTMLOptionElement[];
    expect(options.map(o => [o.textContent, o.disabled])).toEqual([
      ['gold + golddr · abc123-prod', false],
      ['golddr · abc123-prod (not available)', true],
    ]);
    expect(screen.getByTestId('porter-target-unavailable')).toHaveTextContent(
      /golddr.*gold \+ golddr pair: claims are made in gold and mirrored to golddr/,
    );
    expect(last(values)).toEqual({ cluster: 'gold', namespace: 'abc123-prod' });

    const service = await screen.findByLabelText('Service');
    await userEvent.selectOptions(service, 'pgbouncer');
    expect(screen.getByTestId('porter-nodeport-warning')).toHaveTextContent(
      'gold and golddr require NodePort Services for TCP exposures, and pgbouncer is ClusterIP',
    );

    await userEvent.selectOptions(service, 'patroni');
    expect(
      screen.queryByTestId('porter-nodeport-warning'),
    ).not.toBeInTheDocument();
    expect(last(values)).toEqual({
      cluster: 'gold',
      namespace: 'abc123-prod',
      service: 'patroni',
      servicePort: undefined,
    });
    await userEvent.selectOptions(screen.getByLabelText('Port'), '8008');
    expect(last(values)).toEqual({
      cluster: 'gold',
      namespace: 'abc123-prod',
      service: 'patroni',
      servicePort: 8008,
    });
  });

  it('says a Service without a TCP port cannot be exposed', async () => {
    servePorter(server);
    await renderField({
      entityField: 'entityRef',
      formData: { entityRef: 'component:default/clamav' },
      values: [],
    });
    await userEvent.selectOptions(
      await screen.findByLabelText('Service'),
      'dns',
    );
    expect(screen.getByLabelText('Port')).toBeDisabled();
    expect(
      screen.getByText('dns has no TCP port; F5 forwards TCP only'),
    ).toBeInTheDocument();
  });

  it('asks for the component first when the entity field is empty', async () => {
    servePorter(server);
    await renderField({ entityField: 'entityRef', values: [] });
    expect(
      await screen.findByText(/Choose the component first/),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Service')).not.toBeInTheDocument();
  });

  it('explains how to bind an entity that has no namespace', async () => {
    servePorter(server);
    await renderField({
      entityField: 'entityRef',
      formData: { entityRef: 'component:default/unbound' },
      values: [],
    });
    expect(
      await screen.findByText(
        /component:default\/unbound is not bound to a Kubernetes namespace/,
      ),
    ).toHaveTextContent(
      'porter.devops.gov.bc.ca/namespaces: cluster/your-namespace',
    );
  });

  it('drops a prefilled target the entity is not bound to', async () => {
    servePorter(server);
    const values: Value[] = [];
    await renderField({
      entityField: 'entityRef',
      formData: { entityRef: 'component:default/patroni-replica' },
      initial: {
        cluster: 'silver',
        namespace: 'abc123-tools',
        service: 'clamav',
        servicePort: 3310,
      },
      values,
    });
    // patroni-replica has one choice (gold + golddr): it replaces the stale target.
    await waitFor(() =>
      expect(last(values)).toEqual({
        cluster: 'gold',
        namespace: 'abc123-prod',
      }),
    );
  });

  it('shows why the Services could not be listed', async () => {
    servePorter(server);
    server.use(
      http.get(
        `${baseUrl}/clusters/:cluster/namespaces/:namespace/services`,
        () =>
          HttpResponse.json(
            {
              error: {
                name: 'ServiceUnavailableError',
                message:
                  "Cluster 'silver' is unavailable: connect ECONNREFUSED",
              },
              request: { method: 'GET', url: '/' },
              response: { statusCode: 503 },
            },
            { status: 503 },
          ),
      ),
    );
    await renderField({
      entityField: 'entityRef',
      formData: { entityRef: 'component:default/clamav' },
      values: [],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Could not list the Services in namespace abc123-tools in silver: Cluster 'silver' is unavailable: connect ECONNREFUSED (HTTP 503)",
    );
  });

  it('without an entity field, asks for a component among those bound to a namespace and keeps it in the value', async () => {
    servePorter(server);
    const values: Value[] = [];
    await renderField({ values });

    await userEvent.click(screen.getByLabelText('Component'));
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual([
      'component:default/clamav',
      'component:default/patroni-replica',
    ]);
    await userEvent.click(
      within(listbox).getByText('component:default/clamav'),
    );

    await screen.findByLabelText('Service');
    expect(last(values)).toEqual({
      entityRef: 'component:default/clamav',
      cluster: 'silver',
      namespace: 'abc123-tools',
    });
  });
});
