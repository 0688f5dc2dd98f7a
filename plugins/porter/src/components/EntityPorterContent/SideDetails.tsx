import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { Claim, ClaimSide } from '@internal/plugin-porter-common';
import { Timestamp } from '../common/Timestamp';
import { SideStatusList } from './SideStatusList';

const Row = (props: { label: string; children: React.ReactNode }) => (
  <TableRow>
    <TableCell component="th" scope="row" style={{ width: '40%' }}>
      {props.label}
    </TableCell>
    <TableCell>{props.children}</TableCell>
  </TableRow>
);

const Side = (props: { side: ClaimSide }) => {
  const { side } = props;
  const ts = side.transportServer;
  return (
    <Box mb={2} data-testid={`porter-side-${side.cluster}`}>
      <SideStatusList sides={[side]} />
      <Table size="small" aria-label={`${side.cluster} details`}>
        <TableBody>
          <Row label="Address">
            {side.address && side.port
              ? `${side.address}:${side.port}`
              : 'not allocated yet'}
          </Row>
          <Row label="TransportServer status">
            {ts?.status ?? 'not reported yet'}
          </Row>
          <Row label="TransportServer error">{ts?.error || 'none'}</Row>
          <Row label="TransportServer last updated">
            {ts?.lastUpdated ? <Timestamp at={ts.lastUpdated} /> : 'never'}
          </Row>
          <Row label="Porter last looked">
            <Timestamp at={side.observedAt} />
          </Row>
        </TableBody>
      </Table>
      {(side.notes ?? []).map(note => (
        <Typography key={note} variant="caption" display="block">
          {note}
        </Typography>
      ))}
    </Box>
  );
};

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
        sides.map(side => <Side key={side.cluster} side={side} />)
      )}
    </InfoCard>
  );
};
