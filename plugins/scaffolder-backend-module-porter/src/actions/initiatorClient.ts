import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  ResponseError,
} from '@backstage/errors';
import {
  PORTER_PLUGIN_ID,
  PorterApi,
  PorterClient,
} from '@internal/plugin-porter-common';

/**
 * What every `porter:*` action needs to reach the porter backend.
 *
 * @public
 */
export interface PorterActionOptions {
  auth: AuthService;
  discovery: DiscoveryService;
}

/**
 * A Porter API client that calls the porter backend as `credentials` (the
 * template's initiator), so the backend applies that user's permissions and
 * namespace bindings exactly as it does for the TCP exposures tab.
 */
export function porterClientFor(
  options: PorterActionOptions,
  credentials: BackstageCredentials,
): PorterApi {
  return new PorterClient({
    discoveryApi: options.discovery,
    fetchApi: {
      fetch: async (input, init) => {
        const { token } = await options.auth.getPluginRequestToken({
          onBehalfOf: credentials,
          targetPluginId: PORTER_PLUGIN_ID,
        });
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    },
  });
}

const ERROR_BY_STATUS: Record<number, new (message: string) => Error> = {
  400: InputError,
  401: AuthenticationError,
  403: NotAllowedError,
  404: NotFoundError,
  409: ConflictError,
};

/**
 * Runs a call to the porter backend and turns a refusal into a typed error
 * carrying only the backend's own message (which says what to fix), so the
 * step fails with that sentence rather than an HTTP dump.
 */
export async function callPorter<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ResponseError) {
      const Typed = ERROR_BY_STATUS[error.response.status];
      if (Typed) throw new Typed(error.message);
    }
    throw error;
  }
}
