import { Table, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { Claim } from '@internal/plugin-porter-common';
import { AllocationList } from './AllocationList';
import { ClaimDetails } from './ClaimDetails';
import { SideStatusList } from './SideStatusList';

/** `tcp every 5 s, timeout 16 s` */
export function describeMonitor(monitor: Claim['spec']['monitor']): string {
  return `${monitor.type} every ${monitor.interval} s, timeout ${monitor.timeout} s`;
}

const columns: TableColumn<Claim>[] = [
  {
    title: 'Claim',
    field: 'name',
    highlight: true,
    render: claim => (
      <>
        <Typography variant="body2">{claim.name}</Typography>
        <Typography variant="caption" color="textSecondary">
          {claim.cluster} / {claim.namespace}
        </Typography>
      </>
    ),
  },
  {
    title: 'Target',
    render: claim => (
      <Typography variant="body2" component="code">
        {claim.spec.service}:{claim.spec.servicePort}
      </Typography>
    ),
  },
  {
    title: 'Reachable at',
    render: claim => <AllocationList allocations={claim.status.allocations} />,
  },
  {
    title: 'Status',
    render: claim => <SideStatusList sides={claim.status.sides ?? []} />,
  },
  {
    title: 'Health monitor',
    render: claim => describeMonitor(claim.spec.monitor),
  },
  {
    title: 'Override service port',
    render: claim => (claim.spec.overrideServicePort ? 'Yes' : 'No'),
  },
];

/** The entity's claims, one row each. */
export const ClaimsTable = (props: { claims: Claim[] }) => {
  const { claims } = props;
  return (
    <Table<Claim>
      title={`TCP exposures (${claims.length})`}
      subtitle="TransportServerClaims made for this component; pairs are reachable in both clusters"
      columns={columns}
      data={claims}
      detailPanel={({ rowData }) => <ClaimDetails claim={rowData} />}
      options={{
        paging: claims.length > 20,
        pageSize: 20,
        search: claims.length > 5,
        padding: 'dense',
      }}
    />
  );
};
