import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import type { AdminOverview, PoolUsage } from '@internal/plugin-porter-common';
import type { Request as ExpressRequest } from 'express';
import type { PorterConfig } from '../config/readPorterConfig';
import type { createOpenApiRouter } from '../schema/openapi/generated/router';

/** Any request, whatever its route's contract types say its parts are. */
type Request = ExpressRequest<any, any, any, any>;
import type { NamespaceAuthority } from '../permissions/NamespaceAuthority';
import type { ClaimInspector } from '../service/ClaimInspector';
import type { Caller, ClaimService } from '../service/ClaimService';
import type { DeletionGuards } from '../service/DeletionGuards';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
  claims: ClaimService;
  inspector: ClaimInspector;
  namespaces: NamespaceAuthority;
  /** Port usage per cluster. */
  pools: () => Promise<PoolUsage[]>;
  /** The administrators' overview. */
  adminOverview: () => Promise<AdminOverview>;
  /** Deletions the reconciler holds back, and their confirmation. */
  guards: DeletionGuards;
  config: PorterConfig;
}

export const JSON_TYPES = ['application/json'];
export const YAML_TYPES = [
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/plain',
];
/** The router the routes register on, typed by the API contract (generated from openapi.yaml). */
export type PorterRouter = Awaited<ReturnType<typeof createOpenApiRouter>>;

/** What every route needs: who calls, auditing writes, the administrators' gate. */
export interface RouteContext {
  options: RouterOptions;
  /** The caller (user or service); 401 without a valid token. */
  caller(req: Request): Promise<Caller>;
  /** Runs a write inside an audit event that records its outcome. */
  audited<T>(
    req: Request,
    eventId: string,
    meta: Record<string, string>,
    write: () => Promise<T>,
    outcome?: (result: T) => Record<string, any>,
  ): Promise<T>;
  /** The caller, or 403 unless the policy allows an administrators' permission. */
  requireAdmin(req: Request, permission: BasicPermission): Promise<Caller>;
}

export function createRouteContext(options: RouterOptions): RouteContext {
  const caller = async (req: Request): Promise<Caller> => {
    const credentials = await options.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    return { credentials, actor: actorOf(credentials) };
  };
  return {
    options,
    caller,
    async audited(req, eventId, meta, write, outcome = () => ({})) {
      const event = await options.auditor.createEvent({
        eventId,
        severityLevel: 'medium',
        request: req,
        meta,
      });
      try {
        const result = await write();
        await event.success({ meta: outcome(result) });
        return result;
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    },
    async requireAdmin(req, permission) {
      const who = await caller(req);
      const [decision] = await options.permissions.authorize([{ permission }], {
        credentials: who.credentials,
      });
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          `This is for platform administrators (${permission.name})`,
        );
      }
      return who;
    },
  };
}

function actorOf(credentials: BackstageCredentials): string | undefined {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user') return principal.userEntityRef;
  if (principal.type === 'service') return principal.subject;
  return undefined;
}
