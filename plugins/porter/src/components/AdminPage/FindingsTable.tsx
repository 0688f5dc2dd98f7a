import {
  InfoCard,
  StatusOK,
  Table,
  TableColumn,
} from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { ReconcileFinding } from '@internal/plugin-porter-common';
import { newestFirst } from '../../lib/newestFirst';
import { Timestamp } from '../common/Timestamp';

type Row = ReconcileFinding & { id: string };

/** Each kind of finding, as a person reads it. */
export const FINDING_KINDS: Record<ReconcileFinding['kind'], string> = {
  adoption: 'Not adopted',
  'port-range': 'Port outside the range',
  address: 'Address outside the pools',
  pair: 'Pair side',
};

const columns: TableColumn<Row>[] = [
  {
    title: 'Kind',
    render: row => (
      <Chip size="small" variant="outlined" label={FINDING_KINDS[row.kind]} />
    ),
  },
  {
    title: 'About',
    highlight: true,
    render: row =>
      // A cluster-wide finding (e.g. claims could not be listed) names no claim.
      row.name === '*' ? (
        <Typography variant="body2">cluster {row.cluster}</Typography>
      ) : (
        <>
          <Typography variant="body2">{row.name}</Typography>
          <Typography variant="caption" color="textSecondary">
            {row.cluster} / {row.namespace}
          </Typography>
        </>
      ),
  },
  {
    title: 'What the reconciler found',
    render: row => <Typography variant="body2">{row.message}</Typography>,
  },
  { title: 'Observed', render: row => <Timestamp at={row.observedAt} /> },
];

/**
 * What the reconciler could not do and a person should know (adoptions
 * refused, ports outside a shrunk range, addresses outside the pools, pair
 * sides), newest first; an empty state that says what would show here.
 */
export const FindingsTable = (props: { findings: ReconcileFinding[] }) => {
  const { findings } = props;
  if (findings.length === 0) {
    return (
      <InfoCard title="Reconciler findings">
        <StatusOK>The reconciler has nothing to report</StatusOK>
        <Typography variant="body2" color="textSecondary">
          What it could not do shows here, with the reason:
          TransportServerClaims made with <code>oc</code> that it would not
          adopt (an invalid spec, a name or Service port a Porter claim holds
          already), ports left outside a cluster's port range after it shrank,
          addresses no longer in a pool, and pair sides it could not allocate
          after <code>porter.clusters</code> changed.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <Table<Row>
      title={`Reconciler findings (${findings.length})`}
      subtitle="What the reconciler could not do, newest first. Each pass replaces the findings of its kind: a finding goes once its cause is fixed."
      columns={columns}
      data={newestFirst(findings, f => f.observedAt).map(f => ({
        ...f,
        id: `${f.kind}/${f.cluster}/${f.namespace}/${f.name}`,
      }))}
      options={{
        paging: findings.length > 20,
        pageSize: 20,
        search: true,
        padding: 'dense',
        sorting: false,
      }}
    />
  );
};
