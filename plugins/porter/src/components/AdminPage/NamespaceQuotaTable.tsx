import {
  StatusError,
  StatusOK,
  StatusWarning,
  Table,
  TableColumn,
} from '@backstage/core-components';
import LinearProgress from '@material-ui/core/LinearProgress';
import type { AdminOverview } from '@internal/plugin-porter-common';

type Row = AdminOverview['namespaces'][number] & { id: string };

/** Share of the quota from which a namespace is flagged as near it. */
export const NEAR_QUOTA = 0.8;

function QuotaStatus(props: { row: Row }) {
  const { claims, quota } = props.row;
  if (claims > quota) return <StatusError>Over quota</StatusError>;
  if (claims === quota) return <StatusError>At quota</StatusError>;
  if (claims >= quota * NEAR_QUOTA) {
    return <StatusWarning>Near quota</StatusWarning>;
  }
  return <StatusOK>Room left</StatusOK>;
}

const columns: TableColumn<Row>[] = [
  { title: 'Cluster', field: 'cluster' },
  { title: 'Namespace', field: 'namespace', highlight: true },
  {
    title: 'Claims',
    render: row => `${row.claims} of ${row.quota}`,
  },
  {
    title: 'Used',
    render: row => (
      <LinearProgress
        variant="determinate"
        value={Math.min(100, (100 * row.claims) / row.quota)}
        color={row.claims >= row.quota * NEAR_QUOTA ? 'secondary' : 'primary'}
        aria-label={`${row.namespace} in ${row.cluster}: ${row.claims} of ${row.quota} claims`}
      />
    ),
  },
  { title: 'Status', render: row => <QuotaStatus row={row} /> },
];

/** Claims per namespace and cluster against the quota, fullest first (as the API orders them). */
export const NamespaceQuotaTable = (props: {
  namespaces: AdminOverview['namespaces'];
}) => (
  <Table<Row>
    title="Claims per namespace"
    subtitle="Against the per-namespace quota (porter.quota.perNamespace); a namespace at its quota cannot make more claims in that cluster"
    columns={columns}
    data={props.namespaces.map(n => ({
      ...n,
      id: `${n.cluster}/${n.namespace}`,
    }))}
    options={{
      paging: props.namespaces.length > 20,
      pageSize: 20,
      search: true,
      padding: 'dense',
    }}
  />
);
