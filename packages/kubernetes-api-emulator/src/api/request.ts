/** A request as the emulated API server sees it, whatever the transport. */
export interface ApiRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body?: string;
}

/** Where a streamed response (a watch) writes, provided by the transport. */
export interface StreamSink {
  /** One chunk of the body, sent at once (chunked transfer encoding). */
  write(chunk: string): void;
  /** Ends the response normally: the client sees the stream close. */
  end(): void;
  /** Cuts the connection: the client sees a reset or a network error. */
  destroy(): void;
}

/** A response body that goes on after the headers (a watch). */
export interface ResponseStream {
  /** Called by the transport once the status and headers are sent. */
  open(sink: StreamSink): void;
  /** The client went away or the transport closed: stop writing. */
  close(): void;
}

/** What a verb answers; the transport serialises `body` as JSON. */
export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Set for a watch: `body` is unused, events follow on the stream. */
  stream?: ResponseStream;
}
