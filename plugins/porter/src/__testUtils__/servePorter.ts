import type {
  Claim,
  NamespaceAccess,
  ServiceSummary,
} from '@internal/plugin-porter-common';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import {
  allowedAccess,
  baseUrl,
  clusters,
  goldServices,
  settings,
} from './fixtures';

/** A request the tab sent, as the backend saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  query: string;
  body?: any;
}

/**
 * msw handlers for the reads the tab makes: its claims (`state.claims`, which
 * a test changes as the backend would), the clusters, the Services of a
 * namespace, and what the user may do in a namespace (`options.access`, by
 * default everything). Every request to the API is recorded in
 * `state.requests`.
 */
export function servePorter(
  server: SetupServer,
  options: {
    claims?: Claim[];
    services?: ServiceSummary[];
    access?: (cluster: string, namespace: string) => NamespaceAccess;
  } = {},
) {
  const state = {
    claims: options.claims ?? [],
    requests: [] as SeenRequest[],
  };
  server.events.removeAllListeners();
  server.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    const text = request.body ? await request.clone().text() : '';
    state.requests.push({
      method: request.method,
      path: url.pathname.replace('/api/porter', ''),
      query: url.search,
      body: text ? JSON.parse(text) : undefined,
    });
  });
  server.use(
    http.get(`${baseUrl}/claims`, () =>
      HttpResponse.json({ items: state.claims }),
    ),
    http.get(`${baseUrl}/clusters`, () =>
      HttpResponse.json({ items: clusters, settings }),
    ),
    http.get(
      `${baseUrl}/clusters/:cluster/namespaces/:namespace/services`,
      () => HttpResponse.json({ items: options.services ?? goldServices }),
    ),
    http.get(
      `${baseUrl}/clusters/:cluster/namespaces/:namespace/access`,
      ({ params }) =>
        HttpResponse.json(
          (options.access ?? allowedAccess)(
            String(params.cluster),
            String(params.namespace),
          ),
        ),
    ),
  );
  return state;
}
