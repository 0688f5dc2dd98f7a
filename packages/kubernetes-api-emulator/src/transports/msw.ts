import { http, HttpHandler, HttpResponse } from 'msw';
import {
  ClusterDownError,
  EmulatorRequest,
  EmulatorResponse,
} from '../cluster/EmulatedCluster';

/**
 * msw request handlers that answer for emulated clusters, one base URL each,
 * for unit tests: `setupServer(...emulator.mswHandlers({ silver: 'https://silver.k8s.test' }))`.
 * The real @kubernetes/client-node then talks to the emulator through msw's
 * interception of Node's http/https modules, with no socket opened.
 */
export function createMswHandlers(
  handle: (cluster: string, req: EmulatorRequest) => Promise<EmulatorResponse>,
  baseUrls: Record<string, string>,
): HttpHandler[] {
  return Object.entries(baseUrls).map(([cluster, baseUrl]) => {
    const base = new URL(baseUrl);
    // A base URL may carry a path prefix (e.g. behind a proxy): strip it.
    const prefix = base.pathname.replace(/\/$/, '');
    return http.all(`${base.origin}${prefix}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const body = hasBody ? await request.text() : undefined;
      try {
        const res = await handle(cluster, {
          method: request.method,
          url: `${url.pathname.slice(prefix.length) || '/'}${url.search}`,
          headers,
          body: body === '' ? undefined : body,
        });
        return new HttpResponse(res.body, {
          status: res.status,
          headers: res.headers,
        });
      } catch (error) {
        // The client sees a failed connection, as with an unreachable server.
        if (error instanceof ClusterDownError) return HttpResponse.error();
        throw error;
      }
    });
  });
}
