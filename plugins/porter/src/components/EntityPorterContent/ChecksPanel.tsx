import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  Claim,
  porterClaimPolicyApplyPermission,
} from '@internal/plugin-porter-common';
import { useState } from 'react';
import { useConnectionTest } from '../../hooks/useConnectionTest';
import { usePolicyCheck } from '../../hooks/usePolicyCheck';
import { useClaimPermission } from '../../hooks/usePorterPermission';
import { claimIdOf } from '../../lib/claimId';
import { isConflict } from '../../lib/httpStatus';
import { PolicyApplyDialog } from './PolicyApplyDialog';
import { PolicySideResult } from './PolicySideResult';

/** On demand: do NetworkPolicies let the load balancer in (and the fix, per cluster), and does the VIP answer. */
export const ChecksPanel = (props: {
  claim: Claim;
  owners?: string[];
  /** A check wrote something (a NetworkPolicy applied). */
  onChanged?: () => void;
}) => {
  const { claim, owners, onChanged } = props;
  const id = claimIdOf(claim);
  const { policy, check, applied, apply } = usePolicyCheck(id);
  const [probe, runProbe] = useConnectionTest(id);
  const mayApply = useClaimPermission(
    porterClaimPolicyApplyPermission,
    claim,
    'apply NetworkPolicies for this exposure',
    owners,
  );
  const [confirming, setConfirming] = useState<string>();
  /** Why the backend refused the apply under review (409: the state changed). */
  const [conflict, setConflict] = useState<string>();
  /** The person ticked that the fix may isolate the pods it names. */
  const [isolationConfirmed, setIsolationConfirmed] = useState(false);
  const sideOf = (cluster?: string) =>
    policy.value?.items.find(side => side.cluster === cluster);

  const startReview = (cluster?: string) => {
    // Each review starts afresh: nothing ticked, no refusal.
    setConflict(undefined);
    setIsolationConfirmed(false);
    setConfirming(cluster);
  };
  const confirm = async (cluster: string, confirmIsolation: boolean) => {
    // useAsyncFn resolves to the error when the call fails.
    const result: unknown = await apply(cluster, confirmIsolation);
    if (isConflict(result)) {
      // Nothing was written: stay in the dialog, with the backend's reason.
      setConflict((result as Error).message);
      return;
    }
    setConfirming(undefined);
    onChanged?.();
  };
  const reviewAgain = () => {
    startReview(confirming);
    check();
  };

  return (
    <InfoCard title="Checks" variant="gridItem">
      <Box display="flex" mb={2} style={{ gap: 8 }}>
        <Button variant="contained" color="primary" onClick={() => check()}>
          Check NetworkPolicies
        </Button>
        <Button variant="contained" onClick={() => runProbe()}>
          Test connection
        </Button>
      </Box>
      {(policy.loading || probe.loading || applied.loading) && <Progress />}
      {policy.error && <ResponseErrorPanel error={policy.error} />}
      {applied.error && !isConflict(applied.error) && (
        <ResponseErrorPanel error={applied.error} />
      )}
      {applied.value && (
        <Box mb={2} aria-label="NetworkPolicy apply results" role="list">
          {applied.value.map(result => (
            <Box role="listitem" key={result.cluster}>
              {result.applied && (
                <StatusOK>
                  {result.cluster}: applied NetworkPolicy {result.applied}
                </StatusOK>
              )}
              {!result.applied && result.error && (
                <StatusError>
                  {result.cluster}: not applied: {result.error}
                </StatusError>
              )}
              {!result.applied && !result.error && (
                <StatusWarning>
                  {result.cluster}: nothing to apply (no NetworkPolicy blocks
                  the load balancer there)
                </StatusWarning>
              )}
            </Box>
          ))}
        </Box>
      )}
      {policy.value?.items.map(side => (
        <PolicySideResult
          key={side.cluster}
          side={side}
          permission={mayApply}
          applying={applied.loading}
          onApply={startReview}
        />
      ))}
      {probe.error && <ResponseErrorPanel error={probe.error} />}
      {probe.value?.items.map(result =>
        result.ok ? (
          <StatusOK key={result.cluster}>
            {result.cluster}: {result.address}:{result.port} connects (
            {result.latencyMs} ms)
          </StatusOK>
        ) : (
          <StatusError key={result.cluster}>
            {result.cluster}: {result.address}:{result.port} does not connect:{' '}
            {result.error}
          </StatusError>
        ),
      )}
      {probe.value && (
        <Typography variant="caption" color="textSecondary" display="block">
          From Porter's backend, within the monitor timeout (
          {claim.spec.monitor.timeout} s). Your clients may also need a firewall
          rule.
        </Typography>
      )}
      <PolicyApplyDialog
        cluster={confirming}
        side={sideOf(confirming)}
        checking={policy.loading}
        applying={applied.loading}
        conflict={conflict}
        isolationConfirmed={isolationConfirmed}
        onIsolationConfirmed={setIsolationConfirmed}
        onCancel={() => startReview(undefined)}
        onConfirm={confirm}
        onReviewAgain={reviewAgain}
      />
    </InfoCard>
  );
};
