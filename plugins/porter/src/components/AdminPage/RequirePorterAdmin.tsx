import { usePermission } from '@backstage/plugin-permission-react';
import { porterAdminReadPermission } from '@internal/plugin-porter-common';
import { ReactNode } from 'react';

/**
 * Renders its children only for users allowed `porter.admin.read`, e.g. the
 * sidebar item of Porter's administrators' page, so it does not invite
 * people who would be turned away.
 *
 * @public
 */
export const RequirePorterAdmin = (props: { children?: ReactNode }) => {
  const { allowed } = usePermission({ permission: porterAdminReadPermission });
  return allowed ? <>{props.children}</> : null;
};
