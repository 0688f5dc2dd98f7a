import {
  CodeSnippet,
  InfoCard,
  Progress,
  ResponseErrorPanel,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import type {
  Claim,
  PolicySide,
  PolicyVerdictKind,
} from '@internal/plugin-porter-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { stringify } from 'yaml';
import { porterApiRef } from '../../api';

const VERDICT_ICON: Record<PolicyVerdictKind, typeof StatusOK> = {
  allowed: StatusOK,
  open: StatusWarning,
  partial: StatusWarning,
  blocked: StatusError,
  'no-pods': StatusWarning,
  error: StatusError,
};

const PolicyResult = (props: {
  side: PolicySide;
  onApply: () => void;
  applying: boolean;
}) => {
  const { side, onApply, applying } = props;
  if (!side.verdict) {
    return (
      <StatusWarning>
        {side.cluster}: {side.error}
      </StatusWarning>
    );
  }
  const Icon = VERDICT_ICON[side.verdict.kind];
  return (
    <Box mb={2}>
      <Icon>
        {side.cluster}: {side.verdict.kind}
      </Icon>
      <Typography variant="body2">{side.verdict.summary}</Typography>
      {side.verdict.fix && (
        <>
          <Typography variant="body2" color="textSecondary">
            This NetworkPolicy lets the load balancer in, for the Service's own
            pods:
          </Typography>
          <CodeSnippet
            text={stringify(side.verdict.fix)}
            language="yaml"
            showCopyCodeButton
          />
          <Button
            variant="outlined"
            color="primary"
            disabled={applying}
            onClick={onApply}
          >
            Apply it in {side.cluster}
          </Button>
        </>
      )}
    </Box>
  );
};

/** On demand: do NetworkPolicies let the load balancer in, and does the VIP answer. */
export const ChecksPanel = (props: { claim: Claim }) => {
  const api = useApi(porterApiRef);
  const id = {
    cluster: props.claim.cluster,
    namespace: props.claim.namespace,
    name: props.claim.name,
  };
  const [policy, checkPolicy] = useAsyncFn(() => api.getPolicy(id), [api]);
  const [applied, applyFix] = useAsyncFn(async () => {
    const result = await api.applyPolicyFix(id);
    await checkPolicy();
    return result;
  }, [api]);
  const [probe, runProbe] = useAsyncFn(() => api.testClaim(id), [api]);

  return (
    <InfoCard title="Checks" variant="gridItem">
      <Box display="flex" mb={2} style={{ gap: 8 }}>
        <Button
          variant="contained"
          color="primary"
          onClick={() => checkPolicy()}
        >
          Check NetworkPolicies
        </Button>
        <Button variant="contained" onClick={() => runProbe()}>
          Test connection
        </Button>
      </Box>
      {(policy.loading || probe.loading || applied.loading) && <Progress />}
      {policy.error && <ResponseErrorPanel error={policy.error} />}
      {applied.error && <ResponseErrorPanel error={applied.error} />}
      {policy.value?.items.map(side => (
        <PolicyResult
          key={side.cluster}
          side={side}
          onApply={() => applyFix()}
          applying={applied.loading}
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
    </InfoCard>
  );
};
