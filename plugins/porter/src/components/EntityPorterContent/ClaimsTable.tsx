import { Table, TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { Claim, claimResourceRef } from '@internal/plugin-porter-common';
import { useCallback, useMemo } from 'react';
import { AllocationList } from './AllocationList';
import { ClaimDetails } from './ClaimDetails';
import { ClaimRowActions } from './ClaimRowActions';
import { SideStatusList } from './SideStatusList';

/** `tcp every 5 s, timeout 16 s` */
export function describeMonitor(monitor: Claim['spec']['monitor']): string {
  return `${monitor.type} every ${monitor.interval} s, timeout ${monitor.timeout} s`;
}

/** A row: the claim, with the stable id the table keeps an open row by across reloads. */
type Row = Claim & { id: string };

/** The entity's claims, one row each; a row opens to its details. */
export const ClaimsTable = (props: {
  claims: Claim[];
  owners?: string[];
  onEdit: (claim: Claim) => void;
  onDelete: (claim: Claim) => void;
  /** Something changed from a row's details (e.g. a policy applied). */
  onChanged?: () => void;
  /** The server holds more of the entity's claims than these. */
  more?: boolean;
}) => {
  const { claims, owners, onEdit, onDelete, onChanged, more } = props;
  const rows = useMemo(
    () => claims.map(claim => ({ ...claim, id: claimResourceRef(claim) })),
    [claims],
  );
  const columns = useMemo(
    (): TableColumn<Row>[] => [
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
          <>
            <Typography variant="body2" component="code">
              {claim.spec.service}:{claim.spec.servicePort}
            </Typography>
            {claim.spec.overrideServicePort && (
              <Typography
                variant="caption"
                color="textSecondary"
                display="block"
              >
                cross-connects on {claim.spec.servicePort} (overrideServicePort)
              </Typography>
            )}
          </>
        ),
      },
      {
        title: 'Reachable at',
        render: claim => (
          <AllocationList allocations={claim.status.allocations} />
        ),
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
        title: 'Actions',
        render: claim => (
          <ClaimRowActions
            claim={claim}
            owners={owners}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        ),
      },
    ],
    [owners, onEdit, onDelete],
  );
  // material-table renders the panel function as a component: it must stay
  // the same function, or every reload would remount the open row's details
  // (and lose the checks shown there).
  const detailPanel = useCallback(
    ({ rowData }: { rowData: Row }) => (
      <ClaimDetails claim={rowData} owners={owners} onChanged={onChanged} />
    ),
    [owners, onChanged],
  );
  return (
    <Table<Row>
      title={`TCP exposures (${claims.length}${more ? '+' : ''})`}
      subtitle="TransportServerClaims made for this component; open a row for how to connect, checks, cluster state and history"
      columns={columns}
      data={rows}
      detailPanel={detailPanel}
      options={{
        paging: claims.length > 20,
        pageSize: 20,
        search: claims.length > 5,
        padding: 'dense',
      }}
    />
  );
};
