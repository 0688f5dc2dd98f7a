import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { PorterClient } from '@internal/plugin-porter-common';
// Tests only: the actions are tested against a started porter backend.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { startPorter } from '@internal/plugin-porter-backend/testUtils';
import type { PorterActionOptions } from '../actions';

// eslint-disable-next-line @backstage/no-mixed-plugin-imports
export { ALICE, BOB } from '@internal/plugin-porter-backend/testUtils';

/**
 * The porter backend (test catalog, owner-only policy, emulated clusters
 * over loopback) and what the actions need to call it: the scaffolder's
 * auth service (mock tokens the test backend accepts) and a discovery that
 * points at the started server.
 */
export async function startPorterForActions() {
  const porter = await startPorter();
  const baseUrl = `http://localhost:${porter.server.port()}/api/porter`;
  const discovery = {
    getBaseUrl: async () => baseUrl,
    getExternalBaseUrl: async () => baseUrl,
  };
  const options: PorterActionOptions = {
    auth: mockServices.auth({ pluginId: 'scaffolder' }),
    discovery,
  };
  /** A client acting as `user`, to set up and check state outside the action. */
  const clientAs = (user: string) =>
    new PorterClient({
      discoveryApi: discovery,
      fetchApi: {
        fetch: (input, init) =>
          fetch(input, {
            ...init,
            headers: {
              ...(init?.headers as Record<string, string>),
              Authorization: mockCredentials.user.header(user),
            },
          }),
      },
    });
  /** Requests that changed something in any emulated cluster. */
  // Writes to cluster objects; access reviews (POSTs that store nothing) are questions, not writes.
  const clusterWrites = () =>
    ['silver', 'gold', 'golddr'].flatMap(name =>
      porter.emulator
        .cluster(name)
        .requests.filter(
          r =>
            r.method !== 'GET' &&
            !r.path.startsWith('/apis/authorization.k8s.io/'),
        )
        .map(r => `${name} ${r.method} ${r.path}`),
    );
  return { porter, options, clientAs, clusterWrites };
}

/**
 * Runs `action` as the scaffolder would for a template started by `user`:
 * the mock context, with the initiator's credentials and the dry-run flag
 * (which `createMockActionContext` does not take). Returns the outputs; a
 * test that expects a failure passes `outputs` to see what was set before it.
 */
export async function runAs(
  action: TemplateAction<any, any, any>,
  user: string,
  input: Record<string, unknown>,
  options: { isDryRun?: boolean; outputs?: Record<string, unknown> } = {},
): Promise<Record<string, unknown>> {
  const outputs = options.outputs ?? {};
  const ctx = {
    ...createMockActionContext({ input: input as any }),
    isDryRun: options.isDryRun,
    getInitiatorCredentials: async () => mockCredentials.user(user),
    output: (name: string | number | symbol, value: unknown) => {
      outputs[String(name)] = value;
    },
  };
  await action.handler(ctx as any);
  return outputs;
}
