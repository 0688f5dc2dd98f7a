import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { ClaimSide } from '@internal/plugin-porter-common';
import { Timestamp } from '../common/Timestamp';
import { SideStatusList } from './SideStatusList';

/** A labelled line of the side's table. */
const Row = (props: { label: string; children: React.ReactNode }) => (
  <TableRow>
    <TableCell component="th" scope="row" style={{ width: '40%' }}>
      {props.label}
    </TableCell>
    <TableCell>{props.children}</TableCell>
  </TableRow>
);

/** One cluster's side of a claim: phase and reasons, the TransportServer as reported, when Porter last looked. */
export const ClusterSideDetail = (props: { side: ClaimSide }) => {
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
