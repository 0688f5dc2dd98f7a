import {
  Link,
  StatusError,
  StatusWarning,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  AdminOverview,
  PORTER_ENTITY_TAB_PATH,
} from '@internal/plugin-porter-common';

type Problem = AdminOverview['problems'][number];
type Row = Problem & { id: string };

function columns(
  entityLink: (entityRef: string) => string,
): TableColumn<Row>[] {
  return [
    {
      title: 'Claim',
      highlight: true,
      render: row => (
        <>
          <Typography variant="body2">{row.name}</Typography>
          <Typography variant="caption" color="textSecondary">
            {row.cluster} / {row.namespace}
          </Typography>
        </>
      ),
    },
    {
      title: 'Side',
      render: row =>
        row.phase === 'Error' ? (
          <StatusError>Error in {row.side}</StatusError>
        ) : (
          <StatusWarning>Degraded in {row.side}</StatusWarning>
        ),
    },
    {
      title: 'Why',
      render: row => (
        <Box component="ul" m={0} pl={2}>
          {row.reasons.map(reason => (
            <Typography component="li" variant="body2" key={reason}>
              {reason}
            </Typography>
          ))}
        </Box>
      ),
    },
    {
      title: 'Observed',
      render: row => (
        <time dateTime={row.observedAt}>
          {new Date(row.observedAt).toLocaleString()}
        </time>
      ),
    },
    {
      title: 'Component',
      render: row =>
        row.entityRef ? (
          <Link to={`${entityLink(row.entityRef)}/${PORTER_ENTITY_TAB_PATH}`}>
            {row.entityRef}
          </Link>
        ) : (
          <Typography variant="body2" color="textSecondary">
            none recorded
          </Typography>
        ),
    },
  ];
}

/** Every side that is Degraded or in Error, most recently observed first (as the API orders them). */
export const ProblemsTable = (props: {
  problems: AdminOverview['problems'];
}) => {
  const entityLink = useEntityRefLink();
  return (
    <Table<Row>
      title={`Exposures needing attention (${props.problems.length})`}
      subtitle="Degraded: Porter could not reach the cluster or was refused. Error: the team must fix something (Service, port, type, pods, or the load balancer's answer)."
      columns={columns(entityLink)}
      data={props.problems.map(p => ({
        ...p,
        id: `${p.cluster}/${p.namespace}/${p.name}/${p.side}`,
      }))}
      options={{
        paging: props.problems.length > 20,
        pageSize: 20,
        search: true,
        padding: 'dense',
      }}
    />
  );
};
