import {
  ALICE,
  BOB,
  runAs,
  startPorterForActions,
} from '../__testUtils__/porterForActions';
import { createClaimApplyAction } from './claimApply';
import { createNetworkPolicyApplyAction } from './networkPolicyApply';

jest.setTimeout(60_000);

// ClamAV's namespace in silver has a deny-by-default policy (examples/sandbox/silver.yaml).
const clamav = {
  cluster: 'silver',
  namespace: 'abc123-tools',
  name: 'clamav-tsc',
};
// Patroni's namespace in gold and golddr has no policies: traffic is open.
const patroni = {
  cluster: 'gold',
  namespace: 'abc123-prod',
  name: 'patroni-tsc',
};

describe('porter:networkpolicy:apply', () => {
  let env: Awaited<ReturnType<typeof startPorterForActions>>;
  let action: ReturnType<typeof createNetworkPolicyApplyAction>;
  const policyIn = (cluster: string, namespace: string) =>
    env.porter.emulator
      .cluster(cluster)
      .list('NetworkPolicy', { namespace })
      .map((p: any) => p.metadata.name)
      .sort();

  beforeEach(async () => {
    env = await startPorterForActions();
    action = createNetworkPolicyApplyAction(env.options);
    const apply = createClaimApplyAction(env.options);
    await runAs(apply, ALICE, {
      ...clamav,
      service: 'clamav',
      servicePort: 3310,
      entityRef: 'component:default/clamav',
    });
    await runAs(apply, ALICE, {
      ...patroni,
      service: 'patroni',
      servicePort: 5432,
      entityRef: 'component:default/patroni',
    });
    // The backend writes the claims' objects after it has answered.
    await env.porter.synced();
    for (const c of ['silver', 'gold', 'golddr']) {
      env.porter.emulator.cluster(c).clearRequests();
    }
  });
  afterEach(async () => {
    await env.porter.stop();
  });

  it('applies the proposed policy where traffic is blocked, then reports it allowed', async () => {
    const first = await runAs(action, ALICE, clamav);
    expect(first.results).toEqual([
      {
        cluster: 'silver',
        outcome: 'applied',
        policy: 'allow-from-f5-ingress',
        message: 'NetworkPolicy allow-from-f5-ingress applied in silver',
      },
    ]);
    expect(policyIn('silver', 'abc123-tools')).toEqual([
      'allow-from-f5-ingress',
      'deny-by-default',
    ]);

    const second = await runAs(action, ALICE, clamav);
    expect(second.results).toEqual([
      expect.objectContaining({ cluster: 'silver', outcome: 'allowed' }),
    ]);
  });

  it('writes nothing where traffic is already open, in each cluster of a pair', async () => {
    const outputs = await runAs(action, ALICE, patroni);
    expect(outputs.results).toEqual([
      expect.objectContaining({ cluster: 'gold', outcome: 'allowed' }),
      expect.objectContaining({ cluster: 'golddr', outcome: 'allowed' }),
    ]);
    expect(env.clusterWrites()).toEqual([]);
  });

  it('a dry run names the policy it would apply and writes nothing', async () => {
    const outputs = await runAs(action, ALICE, clamav, { isDryRun: true });
    expect(outputs.results).toEqual([
      expect.objectContaining({
        cluster: 'silver',
        outcome: 'would-apply',
        policy: 'allow-from-f5-ingress',
      }),
    ]);
    expect(policyIn('silver', 'abc123-tools')).toEqual(['deny-by-default']);
    expect(env.clusterWrites()).toEqual([]);
  });

  it('limits a pair to the clusters given, and refuses one that does not realise the claim', async () => {
    const outputs = await runAs(action, ALICE, {
      ...patroni,
      clusters: ['golddr'],
    });
    expect(outputs.results).toEqual([
      expect.objectContaining({ cluster: 'golddr' }),
    ]);
    await expect(
      runAs(action, ALICE, { ...patroni, clusters: ['silver'] }),
    ).rejects.toThrow(/silver do not realise claim 'patroni-tsc'/);
    await expect(
      runAs(
        action,
        ALICE,
        { ...patroni, clusters: ['silver'] },
        { isDryRun: true },
      ),
    ).rejects.toThrow(/silver do not realise claim 'patroni-tsc'/);
  });

  it("fails with the backend's 403 message for a user the cluster does not let write there", async () => {
    await expect(runAs(action, BOB, clamav)).rejects.toThrow(
      expect.objectContaining({
        name: 'NotAllowedError',
        message: expect.stringMatching(
          /^Cluster 'silver' does not allow user 'bob' .* in namespace 'abc123-tools' \(RBAC\)\. .*\(HTTP 403\)$/,
        ),
      }),
    );
    expect(policyIn('silver', 'abc123-tools')).toEqual(['deny-by-default']);
  });

  it('fails the step with the cluster’s error when the policy could not be written', async () => {
    env.porter.emulator.cluster('silver').faults.failNext(1, 500, {
      method: 'POST',
      pathIncludes: 'networkpolicies',
    });
    const outputs: Record<string, unknown> = {};
    await expect(runAs(action, ALICE, clamav, { outputs })).rejects.toThrow(
      /^The NetworkPolicy for silver\/abc123-tools\/clamav-tsc could not be applied in silver: .*500/,
    );
    // The per-cluster results are still there for the template's output.
    expect(outputs.results).toEqual([
      expect.objectContaining({ cluster: 'silver', outcome: 'failed' }),
    ]);
    expect(policyIn('silver', 'abc123-tools')).toEqual(['deny-by-default']);
  });
});
