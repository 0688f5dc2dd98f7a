import {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { AuthorizationConfig } from '../config/readAuthorization';
import { renderTemplate } from '../config/readAuthorization';
import { TtlCache } from './TtlCache';

/** A portal user as the cluster knows them: the user and groups a SubjectAccessReview names. */
export interface ClusterIdentity {
  user: string;
  groups: string[];
}

/**
 * Maps a signed-in portal user to a cluster identity
 * (`porter.authorization.clusterIdentity`):
 * - user: the User entity's annotation (default
 *   `porter.devops.gov.bc.ca/cluster-user`) when set, else `userTemplate`
 *   filled from the user's entity ref (`user:default/alice` → `alice`);
 * - groups: `groupTemplate` filled from each of the user's ownership refs of
 *   kind group (the sign-in's catalog groups, as the permission framework sees them).
 * Works for every sign-in method and for on-behalf-of tokens (the scaffolder),
 * since it needs only the user's entity ref.
 */
export class ClusterIdentityResolver {
  private readonly config: AuthorizationConfig;
  private readonly catalog: CatalogService;
  private readonly userInfo: UserInfoService;
  private readonly auth: AuthService;
  private readonly annotations: TtlCache<string | undefined>;

  constructor(options: {
    config: AuthorizationConfig;
    catalog: CatalogService;
    userInfo: UserInfoService;
    auth: AuthService;
  }) {
    this.config = options.config;
    this.catalog = options.catalog;
    this.userInfo = options.userInfo;
    this.auth = options.auth;
    this.annotations = new TtlCache(options.config.cacheSeconds * 1000);
  }

  async resolve(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<ClusterIdentity> {
    const { userEntityRef } = credentials.principal;
    const { userTemplate, groupTemplate } = this.config.clusterIdentity;
    const [annotated, info] = await Promise.all([
      this.annotatedUser(userEntityRef),
      this.userInfo.getUserInfo(credentials),
    ]);
    const user =
      annotated ?? renderTemplate(userTemplate, refParts(userEntityRef));
    const groups = groupTemplate
      ? [
          ...new Set(
            info.ownershipEntityRefs
              .map(refParts)
              .filter(ref => ref.kind === 'group')
              .map(ref => renderTemplate(groupTemplate, ref)),
          ),
        ].sort()
      : [];
    return { user, groups };
  }

  /** The cluster user named on the User entity, if any (read as Porter: people may lack catalog read). */
  private annotatedUser(userEntityRef: string): Promise<string | undefined> {
    return this.annotations.get(userEntityRef, async () => {
      const entity = await this.catalog.getEntityByRef(userEntityRef, {
        credentials: await this.auth.getOwnServiceCredentials(),
      });
      const value =
        entity?.metadata.annotations?.[
          this.config.clusterIdentity.userAnnotation
        ]?.trim();
      return value || undefined;
    });
  }
}

function refParts(ref: string) {
  const parsed = parseEntityRef(ref);
  return {
    kind: parsed.kind.toLocaleLowerCase('en-US'),
    namespace: parsed.namespace,
    name: parsed.name,
  };
}
