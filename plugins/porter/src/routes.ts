import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Porter's page for platform administrators (legacy frontend system).
 *
 * @public
 */
export const porterAdminRouteRef = createRouteRef({ id: 'porter:admin' });
