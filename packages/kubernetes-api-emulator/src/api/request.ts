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

/** What a verb answers; the transport serialises `body` as JSON. */
export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
