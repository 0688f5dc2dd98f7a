import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ClaimSide, SidePhase } from '@internal/plugin-porter-common';

const ICONS: Record<
  SidePhase,
  (props: { children?: React.ReactNode }) => JSX.Element
> = {
  Ready: StatusOK,
  Pending: StatusPending,
  Degraded: StatusWarning,
  Error: StatusError,
};

/** Per cluster: the phase, and the reasons when it is not Ready. */
export const SideStatusList = (props: { sides: ClaimSide[] }) => {
  const { sides } = props;
  if (sides.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Not observed yet
      </Typography>
    );
  }
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {sides.map(side => {
        const Icon = ICONS[side.phase];
        return (
          <Box component="li" key={side.cluster} mb={0.5}>
            <Icon>
              {side.phase} in {side.cluster}
            </Icon>
            {side.reasons.map(reason => (
              <Typography
                key={reason}
                variant="caption"
                color="textSecondary"
                display="block"
              >
                {reason}
              </Typography>
            ))}
          </Box>
        );
      })}
    </Box>
  );
};
