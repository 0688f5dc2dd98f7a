import { EmptyState, InfoCard, StatusOK } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { AdminOverview } from '@internal/plugin-porter-common';
import { DeletionGuardsSection } from './DeletionGuardsSection';
import { FindingsTable } from './FindingsTable';
import { NamespaceQuotaTable } from './NamespaceQuotaTable';
import { PoolAddressTable } from './PoolAddressTable';
import { PoolUsageChart } from './PoolUsageChart';
import { ProblemsTable } from './ProblemsTable';

/**
 * The overview's sections: held deletions first (when any), port pools,
 * broken exposures, the reconciler's findings, quotas.
 */
export const AdminOverviewView = (props: {
  overview: AdminOverview;
  /** The overview is loading again (it stays shown meanwhile). */
  reloading: boolean;
  onReload: () => void;
}) => {
  const { overview, reloading, onReload } = props;
  const { clusters, namespaces, problems } = overview;
  // An older backend's overview has neither.
  const guards = overview.deletionGuards ?? [];
  const findings = overview.findings ?? [];
  if (clusters.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="Porter has no clusters configured"
        description={
          <>
            Porter allocates ports on the clusters listed under{' '}
            <code>porter.clusters</code> in app-config.yaml, each with its port
            range and VIP pools. Add them (see the README's Configuration
            section) and restart the backend.
          </>
        }
      />
    );
  }
  return (
    <>
      {/* Kept mounted without guards: an open confirmation says when none is left. */}
      <DeletionGuardsSection
        guards={guards}
        reloading={reloading}
        onReload={onReload}
      />
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard
            title="Ports per cluster"
            subheader="Ports allocated to claims and retained for deleted ones, per cluster and pool address"
          >
            <PoolUsageChart clusters={clusters} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <PoolAddressTable clusters={clusters} />
        </Grid>
        <Grid item xs={12}>
          {problems.length === 0 ? (
            <InfoCard title="Exposures needing attention">
              <StatusOK>No exposure is Degraded or in Error</StatusOK>
              <Typography variant="body2" color="textSecondary">
                Every side of every claim is Ready or Pending. A side that
                Porter cannot reach, or that the team must fix, shows here with
                the reason and a link to its component.
              </Typography>
            </InfoCard>
          ) : (
            <ProblemsTable problems={problems} />
          )}
        </Grid>
        <Grid item xs={12}>
          <FindingsTable findings={findings} />
        </Grid>
        <Grid item xs={12}>
          {namespaces.length === 0 ? (
            <InfoCard title="Claims per namespace">
              <Typography variant="subtitle1">No claims yet</Typography>
              <Typography variant="body2" color="textSecondary">
                Teams expose Services from a component's TCP exposures tab, or
                with the template “Expose a Service over TCP” under Create. Each
                namespace then shows here against its quota.
              </Typography>
            </InfoCard>
          ) : (
            <NamespaceQuotaTable namespaces={namespaces} />
          )}
        </Grid>
      </Grid>
    </>
  );
};
