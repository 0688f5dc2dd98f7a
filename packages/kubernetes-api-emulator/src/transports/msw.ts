import { http, HttpHandler, HttpResponse } from 'msw';
import type { ResponseStream } from '../api/request';
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
        if (res.stream) {
          return new HttpResponse(toReadable(res.stream, request.signal), {
            status: res.status,
            headers: res.headers,
          });
        }
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

/**
 * A watch as a streamed body: msw hands each chunk to the intercepted
 * request as it is written, so client-node's Watch reads events one by one.
 */
function toReadable(
  stream: ResponseStream,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let done = false;
      // The client gave up (e.g. an informer's stop()): the watch ends, as
      // when a real client closes its connection.
      signal.addEventListener('abort', () => {
        stream.close();
        if (done) return;
        done = true;
        controller.close();
      });
      // An empty first chunk makes the interceptor send the status and headers
      // now, as the HTTP transport's flushHeaders() does: a client waits for
      // them before it reads any event, and a quiet watch may send none for long.
      controller.enqueue(new Uint8Array(0));
      stream.open({
        write: chunk => {
          if (!done) controller.enqueue(encoder.encode(chunk));
        },
        end: () => {
          if (done) return;
          done = true;
          controller.close();
        },
        // msw cannot cut an intercepted connection midway (an errored body
        // leaves the client waiting for ever), so a dropped watch ends as a
        // closed stream here: the client sees the watch end and reconnects.
        destroy: () => {
          if (done) return;
          done = true;
          controller.close();
        },
      });
    },
    cancel() {
      stream.close();
    },
  });
}
