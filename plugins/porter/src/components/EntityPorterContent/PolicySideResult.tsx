import {
  CodeSnippet,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type {
  PolicySide,
  PolicyVerdictKind,
} from '@internal/plugin-porter-common';
import { stringify } from 'yaml';
import type { PermissionState } from '../../hooks/usePorterPermission';
import { PermittedButton } from '../common/PermittedButton';

const VERDICT_ICON: Record<PolicyVerdictKind, typeof StatusOK> = {
  allowed: StatusOK,
  open: StatusWarning,
  partial: StatusWarning,
  blocked: StatusError,
  'no-pods': StatusWarning,
  error: StatusError,
};

/** One cluster's NetworkPolicy verdict: summary, notes, and the fix with its apply button. */
export const PolicySideResult = (props: {
  side: PolicySide;
  permission: PermissionState;
  applying: boolean;
  onApply: (cluster: string) => void;
}) => {
  const { side, permission, applying, onApply } = props;
  if (!side.verdict) {
    return (
      <Box mb={2}>
        <StatusWarning>
          {side.cluster}: could not check ({side.error})
        </StatusWarning>
      </Box>
    );
  }
  const { kind, summary, allowedBy, notes, fix } = side.verdict;
  const Icon = VERDICT_ICON[kind];
  return (
    <Box mb={2} data-testid={`porter-policy-${side.cluster}`}>
      <Icon>
        {side.cluster}: {kind}
      </Icon>
      <Typography variant="body2">{summary}</Typography>
      {allowedBy.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          Allowed by: {allowedBy.join(', ')}
        </Typography>
      )}
      {(notes ?? []).length > 0 && (
        <Box component="ul" my={0.5} pl={2}>
          {(notes ?? []).map(note => (
            <Typography key={note} component="li" variant="body2">
              {note}
            </Typography>
          ))}
        </Box>
      )}
      {fix && (
        <>
          <Typography variant="body2" color="textSecondary">
            This NetworkPolicy lets the load balancer in, for the Service's own
            pods in {side.cluster}:
          </Typography>
          <CodeSnippet
            text={stringify(fix)}
            language="yaml"
            showCopyCodeButton
          />
          <PermittedButton
            variant="outlined"
            color="primary"
            permission={permission}
            disabled={applying}
            onClick={() => onApply(side.cluster)}
          >
            Apply in {side.cluster}
          </PermittedButton>
        </>
      )}
    </Box>
  );
};
