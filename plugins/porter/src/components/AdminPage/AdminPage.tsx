import {
  Content,
  ContentHeader,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { porterAdminReadPermission } from '@internal/plugin-porter-common';
import { useAdminOverview } from '../../hooks/useAdminOverview';
import { AdminOverviewView } from './AdminOverviewView';
import { NotAdminState } from './NotAdminState';

const Overview = () => {
  const { value, loading, error, retry } = useAdminOverview();
  // A reload keeps the overview shown (and an open confirmation with it).
  if (loading && !value) return <Progress />;
  if (error) {
    // The panel's title leads with the server's own words.
    return (
      <>
        <ResponseErrorPanel error={error} />
        <Box mt={2}>
          <Button variant="outlined" onClick={retry}>
            Try again
          </Button>
        </Box>
      </>
    );
  }
  return (
    <>
      <ContentHeader title="Pools, quotas and exposures needing attention">
        <Button variant="outlined" onClick={retry} disabled={loading}>
          {loading ? 'Refreshing…' : 'Refresh'}
        </Button>
      </ContentHeader>
      <AdminOverviewView
        overview={value!}
        reloading={loading}
        onReload={retry}
      />
    </>
  );
};

/**
 * Porter's page for platform administrators (`porter.admin.read`):
 * deletions the reconciler holds back (confirmed with
 * `porter.admin.confirm`), port pools per cluster and address, the
 * exposures that are Degraded or in Error, what the reconciler could not
 * do, and claims per namespace against the quota.
 */
export const AdminPage = () => {
  const { loading, allowed } = usePermission({
    permission: porterAdminReadPermission,
  });
  let body: JSX.Element;
  if (loading) body = <Progress />;
  else if (!allowed) body = <NotAdminState />;
  else body = <Overview />;
  return <Content>{body}</Content>;
};

/** The page with its own header, for apps on the legacy frontend system. */
export const AdminPageWithHeader = () => (
  <Page themeId="tool">
    <Header
      title="Porter"
      subtitle="TCP exposures across the platform's clusters"
    />
    <AdminPage />
  </Page>
);
