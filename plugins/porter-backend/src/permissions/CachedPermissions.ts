import type {
  BackstageCredentials,
  PermissionsService,
  PermissionsServiceRequestOptions,
} from '@backstage/backend-plugin-api';
import type {
  AuthorizePermissionRequest,
  AuthorizePermissionResponse,
  PolicyDecision,
  QueryPermissionRequest,
} from '@backstage/plugin-permission-common';
import { principalKey } from './principalKey';
import { TtlCache } from './TtlCache';

/**
 * The permission framework's answers for a caller, kept briefly
 * (`porter.authorization.cacheSeconds`, as the cluster's answers are): each
 * answer is a round trip to the permission backend, and a user's requests
 * come in bursts (a tab load, a dialog). Only questions about no particular
 * resource are kept; their answer depends on the caller and the permission
 * alone (a conditional answer's conditions are evaluated by Porter against
 * each claim).
 */
export class CachedPermissions implements PermissionsService {
  private readonly decisions: TtlCache<PolicyDecision>;
  private readonly conditional: TtlCache<PolicyDecision>;

  constructor(private readonly inner: PermissionsService, ttlMs: number) {
    this.decisions = new TtlCache(ttlMs);
    this.conditional = new TtlCache(ttlMs);
  }

  async authorize(
    requests: AuthorizePermissionRequest[],
    options: PermissionsServiceRequestOptions,
  ): Promise<AuthorizePermissionResponse[]> {
    if (requests.some(r => r.resourceRef !== undefined)) {
      return this.inner.authorize(requests, options);
    }
    return Promise.all(
      requests.map(
        request =>
          this.decisions.get(
            this.key(request, options.credentials),
            async () => {
              const [decision] = await this.inner.authorize([request], options);
              return decision;
            },
          ) as Promise<AuthorizePermissionResponse>,
      ),
    );
  }

  async authorizeConditional(
    requests: QueryPermissionRequest[],
    options: PermissionsServiceRequestOptions,
  ): Promise<PolicyDecision[]> {
    return Promise.all(
      requests.map(request =>
        this.conditional.get(
          this.key(request, options.credentials),
          async () => {
            const [decision] = await this.inner.authorizeConditional(
              [request],
              options,
            );
            return decision;
          },
        ),
      ),
    );
  }

  private key(
    request: { permission: { name: string } },
    credentials: BackstageCredentials,
  ) {
    return `${principalKey(credentials)}|${request.permission.name}`;
  }
}
