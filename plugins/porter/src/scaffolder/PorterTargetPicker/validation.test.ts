import type { ApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { registerMswTestHooks } from '@backstage/test-utils';
import { PorterClient } from '@internal/plugin-porter-common';
import { setupServer } from 'msw/node';
import { porterApiRef } from '../../api';
import {
  allowedAccess,
  refusal,
  refusedAccess,
} from '../../__testUtils__/fixtures';
import { baseUrl, entities, servePorter } from './__testUtils__/fixtures';
import { validatePorterTarget } from './validation';

const server = setupServer();
registerMswTestHooks(server);

const apis = new Map<string, unknown>([
  [
    porterApiRef.id,
    new PorterClient({
      discoveryApi: { getBaseUrl: async () => baseUrl },
      // Looked up per call: msw replaces the global fetch when it starts listening.
      fetchApi: { fetch: (...args) => fetch(...args) },
    }),
  ],
  [catalogApiRef.id, catalogApiMock({ entities })],
]);
const apiHolder = {
  get: <T>(ref: ApiRef<T>) => apis.get(ref.id) as T | undefined,
};

/** The errors the validator reports for `value`, with the entity in the form's `entityRef` field. */
async function errorsFor(value: unknown, entityRef?: string) {
  const errors: string[] = [];
  await validatePorterTarget(
    value as any,
    { addError: (message: string) => errors.push(message) } as any,
    {
      apiHolder,
      formData: entityRef ? { entityRef } : {},
      schema: {},
      uiSchema: { 'ui:options': { entityField: 'entityRef' } },
    },
  );
  return errors;
}

const clamav = {
  cluster: 'silver',
  namespace: 'abc123-tools',
  service: 'clamav',
  servicePort: 3310,
};

describe('validatePorterTarget', () => {
  beforeEach(() => servePorter(server));

  it('accepts a target the entity is bound to, on a Service with that TCP port', async () => {
    expect(await errorsFor(clamav, 'component:default/clamav')).toEqual([]);
  });

  it.each([
    [undefined, 'Choose the cluster and namespace to expose in'],
    [{ cluster: 'silver' }, 'Choose the cluster and namespace to expose in'],
    [
      { cluster: 'silver', namespace: 'abc123-tools' },
      'Choose the Service to expose',
    ],
    [
      { cluster: 'silver', namespace: 'abc123-tools', service: 'clamav' },
      'Choose the Service port to expose',
    ],
  ])('asks for the missing choice in %j', async (value, message) => {
    expect(await errorsFor(value, 'component:default/clamav')).toEqual([
      message,
    ]);
  });

  it('reports a malformed value with the rules the backend enforces', async () => {
    expect(
      await errorsFor({ ...clamav, service: 'Clam_AV', servicePort: 70000 }),
    ).toEqual([
      expect.stringMatching(
        /service: service must be a DNS-1035 label.*; servicePort: servicePort must be between 1 and 65535/,
      ),
    ]);
  });

  it("refuses a pair's secondary, naming the choice to make", async () => {
    expect(
      await errorsFor({
        cluster: 'golddr',
        namespace: 'abc123-prod',
        service: 'patroni',
        servicePort: 5432,
      }),
    ).toEqual([
      'golddr is the second half of the gold + golddr pair: claims are made in gold and mirrored to golddr; choose gold + golddr',
    ]);
  });

  it('refuses a cluster Porter does not manage', async () => {
    expect(await errorsFor({ ...clamav, cluster: 'emerald' })).toEqual([
      "Porter does not manage a cluster named 'emerald'; it manages silver, gold, golddr",
    ]);
  });

  it('refuses a namespace the entity is not bound to', async () => {
    expect(
      await errorsFor(clamav, 'component:default/patroni-replica'),
    ).toEqual([
      'component:default/patroni-replica is not bound to namespace abc123-tools in silver; choose one of its namespaces',
    ]);
  });

  it('refuses a Service that is not there, and a port the Service does not have', async () => {
    expect(await errorsFor({ ...clamav, service: 'clamd' })).toEqual([
      "There is no Service 'clamd' in namespace abc123-tools in silver",
    ]);
    expect(await errorsFor({ ...clamav, servicePort: 3311 })).toEqual([
      'Service clamav has no TCP port 3311; its TCP ports are 3310',
    ]);
    expect(
      await errorsFor({ ...clamav, service: 'dns', servicePort: 53 }),
    ).toEqual(['Service dns has no TCP port 53']);
  });

  it("reports the cluster's refusal of claims in the namespace, also before a Service is chosen", async () => {
    servePorter(server, refusedAccess);
    const reason =
      "Cluster 'silver' does not allow user 'guest' (groups: guests, platform-admins) to create transportserverclaims.porter.devops.gov.bc.ca in namespace 'abc123-tools' (RBAC). Ask the namespace's admins for a RoleBinding.";
    expect(await errorsFor(clamav, 'component:default/clamav')).toEqual([
      reason,
    ]);
    expect(
      await errorsFor(
        { cluster: 'silver', namespace: 'abc123-tools' },
        'component:default/clamav',
      ),
    ).toEqual([reason]);
  });

  it('leaves a typed Service to the run where the cluster does not let the user list Services', async () => {
    const listed = servePorter(server, (cluster, namespace) => ({
      ...allowedAccess(cluster, namespace),
      listServices: refusal(cluster, namespace, 'list services'),
    }));
    expect(
      await errorsFor(
        { ...clamav, service: 'not-listed' },
        'component:default/clamav',
      ),
    ).toEqual([]);
    expect(listed).toEqual([]);
  });
});
