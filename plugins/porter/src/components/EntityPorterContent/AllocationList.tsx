import { CopyTextButton } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { Allocation } from '@internal/plugin-porter-common';

/** One line per realising cluster: `address:port`, a copy button and the cluster. */
export const AllocationList = (props: { allocations: Allocation[] }) => {
  const { allocations } = props;
  if (allocations.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Not allocated yet
      </Typography>
    );
  }
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {allocations.map(allocation => {
        const endpoint = `${allocation.address}:${allocation.port}`;
        return (
          <Box
            component="li"
            key={`${allocation.cluster}/${endpoint}`}
            display="flex"
            alignItems="center"
            whiteSpace="nowrap"
            style={{ gap: 4 }}
          >
            <Typography variant="body2" component="code">
              {endpoint}
            </Typography>
            <CopyTextButton
              text={endpoint}
              aria-label={`Copy ${endpoint}`}
              tooltipText={`Copied ${endpoint}`}
            />
            <Typography variant="body2" color="textSecondary">
              {allocation.cluster}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
};
