import { Table, TableColumn } from '@backstage/core-components';
import type { AddressUsage } from '@internal/plugin-porter-common';
import type { ClusterUsage } from './poolChartData';

type Row = AddressUsage & { cluster: string; id: string };

const columns: TableColumn<Row>[] = [
  { title: 'Cluster', field: 'cluster' },
  { title: 'Address (VIP)', field: 'address', highlight: true },
  { title: 'For Services of type', field: 'serviceType' },
  { title: 'Allocated ports', field: 'allocated', type: 'numeric' },
  {
    title: 'Retained ports',
    field: 'retained',
    type: 'numeric',
  },
];

/** The chart's numbers per pool address, for reading and copying. */
export const PoolAddressTable = (props: { clusters: ClusterUsage[] }) => {
  const rows: Row[] = props.clusters.flatMap(c =>
    c.pools.map(pool => ({
      ...pool,
      cluster: c.cluster,
      id: `${c.cluster}/${pool.address}`,
    })),
  );
  return (
    <Table<Row>
      title="Ports per address"
      subtitle="Retained ports belong to deleted claims and stay reserved for their Service for the retention window"
      columns={columns}
      data={rows}
      options={{ paging: false, search: false, padding: 'dense' }}
    />
  );
};
