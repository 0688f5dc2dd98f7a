import { TestApiProvider } from '@backstage/test-utils';
import type { PorterApi } from '@internal/plugin-porter-common';
import type { ReactNode } from 'react';
import { porterApiRef } from '../api';

/**
 * A `renderHook` wrapper whose Porter API is `api`: only the methods a hook
 * calls, usually jest mocks.
 */
export function withPorterApi(api: Partial<PorterApi>) {
  return ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[porterApiRef, api as PorterApi]]}>
      {children}
    </TestApiProvider>
  );
}
