import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { Claim } from '@internal/plugin-porter-common';
import { ClusterSideDetail } from './ClusterSideDetail';

/**
 * Per cluster: the phase and its reasons, what the load-balancer controller
 * reports on the TransportServer (status, error, last update), and when
 * Porter last looked.
 */
export const SideDetails = (props: { claim: Claim }) => {
  const sides = props.claim.status.sides ?? [];
  return (
    <InfoCard title="In each cluster" variant="gridItem">
      {sides.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          Porter has not looked at the clusters yet; this updates by itself.
        </Typography>
      ) : (
        sides.map(side => <ClusterSideDetail key={side.cluster} side={side} />)
      )}
    </InfoCard>
  );
};
