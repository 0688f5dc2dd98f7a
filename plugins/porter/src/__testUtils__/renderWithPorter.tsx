import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { PorterClient } from '@internal/plugin-porter-common';
import type { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { porterApiRef } from '../api';
import { baseUrl } from './fixtures';

/** Answers a permission question: which permission, about which resource ref. */
export type Authorize = (request: {
  permission: { name: string };
  resourceRef?: string;
}) => boolean;

/**
 * Renders `element` in a test app with the real PorterClient (its requests
 * go to msw handlers at `baseUrl`), a permission API that answers with
 * `authorize` (everything allowed by default) and, when given, the entity.
 */
export function renderWithPorter(
  element: ReactElement,
  options: { entity?: Entity; authorize?: Authorize } = {},
) {
  const porterApi = new PorterClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: { fetch },
  });
  const authorize = options.authorize ?? (() => true);
  const permissionApi = mockApis.permission({
    authorize: request =>
      authorize(request as Parameters<Authorize>[0])
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
  });
  // usePermission caches answers in SWR's global cache; each render gets its own.
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [porterApiRef, porterApi],
          [permissionApiRef, permissionApi],
        ]}
      >
        {options.entity ? (
          <EntityProvider entity={options.entity}>{element}</EntityProvider>
        ) : (
          element
        )}
      </TestApiProvider>
    </SWRConfig>,
  );
}
