import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import type { ReactElement } from 'react';

/** Renders in a test app where entity pages are mounted, so entity links resolve. */
export function renderWithEntityRoutes(element: ReactElement) {
  return renderInTestApp(element, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

/** recharts observes its container's size; jsdom has no ResizeObserver. */
export function stubResizeObserver() {
  (global as any).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
