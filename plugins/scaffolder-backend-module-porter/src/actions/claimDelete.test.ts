import {
  ALICE,
  BOB,
  runAs,
  startPorterForActions,
} from '../__testUtils__/porterForActions';
import { createClaimApplyAction } from './claimApply';
import { createClaimDeleteAction } from './claimDelete';

jest.setTimeout(60_000);

const id = { cluster: 'silver', namespace: 'abc123-tools', name: 'clamav-tsc' };

describe('porter:claim:delete', () => {
  let env: Awaited<ReturnType<typeof startPorterForActions>>;
  let action: ReturnType<typeof createClaimDeleteAction>;
  beforeEach(async () => {
    env = await startPorterForActions();
    action = createClaimDeleteAction(env.options);
    await runAs(createClaimApplyAction(env.options), ALICE, {
      ...id,
      service: 'clamav',
      servicePort: 3310,
      entityRef: 'component:default/clamav',
    });
    // The backend writes to the cluster after it has answered.
    await env.porter.synced();
    env.porter.emulator.cluster('silver').clearRequests();
  });
  afterEach(async () => {
    await env.porter.stop();
  });

  const exists = async () =>
    (await env.clientAs(ALICE).listClaims()).items.some(
      c => c.name === id.name,
    );
  const transportServer = () =>
    env.porter.emulator
      .cluster('silver')
      .get('TransportServer', id.namespace, id.name);

  it('deletes the claim and its TransportServer as the initiator, outputting the ports it held', async () => {
    const outputs = await runAs(action, ALICE, id);
    expect(outputs).toEqual({
      claimRef: 'silver/abc123-tools/clamav-tsc',
      allocations: [
        { cluster: 'silver', address: '142.34.194.68', port: 30000 },
      ],
    });
    expect(await exists()).toBe(false);
    await env.porter.synced();
    expect(transportServer()).toBeUndefined();
    expect(env.porter.auditEvents.map(e => [e.eventId, e.outcome])).toEqual([
      ['claim-apply', 'success'],
      ['claim-delete', 'success'],
    ]);
  });

  it("fails with the backend's 403 message for a user the cluster does not let write there, and removes nothing", async () => {
    await expect(runAs(action, BOB, id)).rejects.toThrow(
      expect.objectContaining({
        name: 'NotAllowedError',
        message: expect.stringMatching(
          /^Cluster 'silver' does not allow user 'bob' .* in namespace 'abc123-tools' \(RBAC\)\. .*\(HTTP 403\)$/,
        ),
      }),
    );
    expect(await exists()).toBe(true);
    expect(transportServer()).toBeDefined();
    expect(env.clusterWrites()).toEqual([]);
  });

  it('a dry run reads the claim and deletes nothing', async () => {
    const outputs = await runAs(action, ALICE, id, { isDryRun: true });
    expect(outputs.claimRef).toBe('silver/abc123-tools/clamav-tsc');
    expect(await exists()).toBe(true);
    expect(env.clusterWrites()).toEqual([]);
  });

  it('names the claim when it does not exist', async () => {
    await expect(runAs(action, ALICE, { ...id, name: 'nope' })).rejects.toThrow(
      expect.objectContaining({
        name: 'NotFoundError',
        message: expect.stringContaining('nope'),
      }),
    );
  });
});
