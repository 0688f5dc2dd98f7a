import { EmptyState } from '@backstage/core-components';
import { porterAdminReadPermission } from '@internal/plugin-porter-common';

/** What a user without `porter.admin.read` sees instead of the overview. */
export const NotAdminState = () => (
  <EmptyState
    missing="info"
    title="This page is for platform administrators"
    description={
      <>
        It shows every cluster's address pools and ports, each namespace's
        claims against its quota, and the TCP exposures that are Degraded or in
        Error. Opening it takes the permission{' '}
        <code>{porterAdminReadPermission.name}</code>, which your account does
        not have. Your own components' exposures are on their{' '}
        <em>TCP exposures</em> tab in the catalog.
      </>
    }
  />
);
