import { createApiRef } from '@backstage/core-plugin-api';
import type { PorterApi } from '@internal/plugin-porter-common';

/**
 * The Porter REST API (`/api/porter`), implemented by `PorterClient` from the common package.
 *
 * @public
 */
export const porterApiRef = createApiRef<PorterApi>({
  id: 'plugin.porter.service',
});
