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
import {
  AdminOverview,
  applyClaimBodySchema,
  claimIdentitySchema,
  PoolUsage,
  porterAdminConfirmPermission,
  porterAdminReadPermission,
} from '@internal/plugin-porter-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { PorterConfig, toClusterSummary } from '../config/readPorterConfig';
import { NamespaceAuthority } from '../permissions/NamespaceAuthority';
import { ClaimInspector } from '../service/ClaimInspector';
import { DeletionGuards } from '../service/DeletionGuards';
import { Caller, ClaimService } from '../service/ClaimService';
import { manifestsToYaml } from './manifestsToYaml';
import { parseManifest } from './parseManifest';
import {
  bodyErrors,
  entityRefParameter,
  labelParameter,
  hasBody,
  noQuery,
  parse,
  parseQuery,
  requireContentType,
  utf8Only,
} from './requestParsing';

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

const YAML_TYPES = [
  'application/yaml',
  'application/x-yaml',
  'text/yaml',
  'text/plain',
];
const CLAIM_PATH = '/clusters/:cluster/namespaces/:namespace/claims/:name';

const listQuerySchema = z
  .object({
    cluster: labelParameter('cluster').optional(),
    namespace: labelParameter('namespace').optional(),
    entityRef: entityRefParameter.optional(),
    limit: z
      .string({ error: 'limit must be given once' })
      .regex(/^\d+$/, 'limit must be a whole number between 1 and 500')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, 'limit must be between 1 and 500')
          .max(500, 'limit must be between 1 and 500'),
      )
      .optional()
      .transform(limit => limit ?? 100),
    cursor: z
      .string({ error: 'cursor must be given once, as a string' })
      .max(1024, 'cursor is not one this API returned')
      .optional(),
  })
  .strict();

const manifestQuerySchema = z
  .object({
    namespace: labelParameter('namespace').optional(),
    entityRef: entityRefParameter.optional(),
  })
  .strict();

const JSON_TYPES = ['application/json'];

const applyQuerySchema = z
  .object({
    dryRun: z
      .enum(['true', 'false'], {
        error: "dryRun must be 'true' or 'false', given once",
      })
      .optional(),
  })
  .strict();

const confirmBodySchema = z
  .object({
    objects: z
      .number({
        error: 'objects must be the number of held deletions you reviewed',
      })
      .int('objects must be a whole number')
      .min(1, 'objects must be at least 1'),
  })
  .strict();

const policyApplyBodySchema = z
  .object({
    clusters: z
      .array(z.string(), { error: 'clusters must be a list of cluster names' })
      .min(1, 'clusters must name at least one cluster when given')
      .optional(),
    confirmIsolation: z
      .boolean({ error: 'confirmIsolation must be true or false' })
      .optional(),
  })
  .strict();

/** The REST API of `src/schema/openapi.yaml`. Thin: parse, call the service, audit writes. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, auditor, permissions, claims, inspector, config } = options;
  const router = Router();
  router.use(utf8Only);
  router.use(express.json({ limit: '256kb' }));
  router.use(express.text({ type: YAML_TYPES, limit: '256kb' }));
  router.use(bodyErrors);

  const caller = async (req: Request): Promise<Caller> => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    return { credentials, actor: actorOf(credentials) };
  };

  /** Runs a write inside an audit event that records its outcome. */
  const audited = async <T>(
    req: Request,
    eventId: string,
    meta: Record<string, string>,
    write: () => Promise<T>,
    outcome: (result: T) => Record<string, any> = () => ({}),
  ) => {
    const event = await auditor.createEvent({
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
  };

  /** 403 unless the policy allows an administrators' permission. */
  const requireAdmin = async (req: Request, permission: BasicPermission) => {
    const who = await caller(req);
    const [decision] = await permissions.authorize([{ permission }], {
      credentials: who.credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `This is for platform administrators (${permission.name})`,
      );
    }
    return who;
  };

  router.get('/clusters', async (req, res) => {
    await caller(req);
    noQuery(req);
    const guards = new Map(
      (await options.guards.list()).map(g => [g.cluster, g]),
    );
    res.json({
      items: [...config.clusters.values()].map(cluster => ({
        ...toClusterSummary(cluster),
        ...(guards.has(cluster.name)
          ? { deletionGuard: guards.get(cluster.name) }
          : {}),
      })),
      settings: {
        retentionDays: config.retentionDays,
        quotaPerNamespace: config.quotaPerNamespace,
        portsPerNamespace: config.portsPerNamespace,
        namespaceAccess: config.authorization.namespaceAccess,
      },
    });
  });

  router.get('/pools', async (req, res) => {
    await caller(req);
    noQuery(req);
    res.json({ items: await options.pools() });
  });

  router.get('/admin/overview', async (req, res) => {
    await requireAdmin(req, porterAdminReadPermission);
    noQuery(req);
    res.json(await options.adminOverview());
  });

  router.post('/admin/deletion-guards/:cluster/confirm', async (req, res) => {
    const who = await requireAdmin(req, porterAdminConfirmPermission);
    const { cluster } = parse(
      claimIdentitySchema.pick({ cluster: true }),
      req.params,
      'path',
    );
    noQuery(req);
    requireContentType(req, JSON_TYPES);
    const { objects } = parse(confirmBodySchema, req.body ?? {}, 'body');
    const confirmed = await audited(
      req,
      'deletion-guard-confirm',
      { cluster, objects: String(objects) },
      () => options.guards.confirm(cluster, objects, who.actor),
    );
    res.json(confirmed);
  });

  router.get(
    '/clusters/:cluster/namespaces/:namespace/services',
    async (req, res) => {
      const who = await caller(req);
      const { cluster, namespace } = parse(
        claimIdentitySchema.pick({ cluster: true, namespace: true }),
        req.params,
        'path',
      );
      noQuery(req);
      res.json({ items: await inspector.services(cluster, namespace, who) });
    },
  );

  router.get(
    '/clusters/:cluster/namespaces/:namespace/access',
    async (req, res) => {
      const { credentials } = await caller(req);
      const { cluster, namespace } = parse(
        claimIdentitySchema.pick({ cluster: true, namespace: true }),
        req.params,
        'path',
      );
      noQuery(req);
      res.json(
        await options.namespaces.describe(credentials, cluster, namespace),
      );
    },
  );

  router.get(`${CLAIM_PATH}/policy`, async (req, res) => {
    const who = await caller(req);
    const id = parse(claimIdentitySchema, req.params, 'path');
    noQuery(req);
    res.json({ items: await inspector.policy(id, who) });
  });

  router.post(`${CLAIM_PATH}/policy`, async (req, res) => {
    const who = await caller(req);
    const id = parse(claimIdentitySchema, req.params, 'path');
    noQuery(req);
    requireContentType(req, JSON_TYPES);
    const body = parse(policyApplyBodySchema, req.body ?? {}, 'body');
    const { clusters } = body;
    const items = await audited(
      req,
      'claim-policy-apply',
      { ...id, clusters: clusters?.join(',') ?? 'all' },
      () => inspector.applyPolicyFix(id, who, body),
      results => ({
        results: results.map(
          r => `${r.cluster}: ${r.applied ?? r.error ?? 'nothing to apply'}`,
        ),
      }),
    );
    res.json({ items });
  });

  router.post(`${CLAIM_PATH}/test`, async (req, res) => {
    const who = await caller(req);
    const id = parse(claimIdentitySchema, req.params, 'path');
    noQuery(req);
    requireContentType(req, JSON_TYPES);
    res.json({ items: await inspector.probe(id, who) });
  });

  router.get('/claims', async (req, res) => {
    const who = await caller(req);
    const filter = parseQuery(listQuerySchema, req);
    res.json(await claims.list(filter, who));
  });

  router.put(CLAIM_PATH, async (req, res) => {
    const who = await caller(req);
    const id = parse(claimIdentitySchema, req.params, 'path');
    const { dryRun } = parseQuery(applyQuerySchema, req);
    requireContentType(req, JSON_TYPES);
    const body = parse(applyClaimBodySchema, req.body ?? {}, 'body');
    if (dryRun === 'true') {
      // Writes nothing, so there is nothing to audit.
      res.json(await claims.preview({ ...id, ...body }, who));
      return;
    }
    const result = await audited(
      req,
      'claim-apply',
      {
        ...id,
        via: 'put',
        spec: JSON.stringify(body.spec),
        entityRef: body.entityRef ?? '',
      },
      () => claims.apply({ ...id, ...body }, who),
      applyOutcome,
    );
    res.status(result.created ? 201 : 200).json(result.claim);
  });

  router.post('/clusters/:cluster/claims', async (req, res) => {
    const who = await caller(req);
    const { cluster } = parse(
      claimIdentitySchema.pick({ cluster: true }),
      req.params,
      'path',
    );
    const query = parseQuery(manifestQuerySchema, req);
    requireContentType(req, [...JSON_TYPES, ...YAML_TYPES]);
    const input = parseManifest(
      cluster,
      hasBody(req) ? req.body : undefined,
      query,
    );
    const meta = {
      cluster,
      namespace: input.namespace,
      name: input.name,
      via: 'manifest',
      spec: JSON.stringify(input.spec),
      entityRef: input.entityRef ?? '',
    };
    const result = await audited(
      req,
      'claim-apply',
      meta,
      () => claims.apply(input, who),
      applyOutcome,
    );
    res.status(result.created ? 201 : 200).json(result.claim);
  });

  router.get(CLAIM_PATH, async (req, res) => {
    const who = await caller(req);
    const id = parse(claimIdentitySchema, req.params, 'path');
    noQuery(req);
    res.json(await claims.get(id, who));
  });

  router.delete(CLAIM_PATH, async (req, res) => {
    const who = await caller(req);
    const id = parse(claimIdentitySchema, req.params, 'path');
    noQuery(req);
    await audited(req, 'claim-delete', id, () => claims.delete(id, who));
    res.status(204).end();
  });

  router.get(`${CLAIM_PATH}/manifests`, async (req, res) => {
    const who = await caller(req);
    const id = parse(claimIdentitySchema, req.params, 'path');
    const { format } = parseQuery(
      z
        .object({
          format: z
            .enum(['json', 'yaml'], {
              error: "format must be 'json' or 'yaml', given once",
            })
            .default('json'),
        })
        .strict(),
      req,
    );
    const manifests = await claims.manifests(id, who);
    if (format === 'yaml') {
      res.type('application/yaml').send(manifestsToYaml(manifests));
    } else {
      res.json(manifests);
    }
  });

  router.get(`${CLAIM_PATH}/history`, async (req, res) => {
    const who = await caller(req);
    const id = parse(claimIdentitySchema, req.params, 'path');
    noQuery(req);
    res.json({ items: await claims.history(id, who) });
  });

  return router;
}

function applyOutcome(result: {
  created: boolean;
  claim: { entityRef?: string; status: { allocations: any[] } };
}) {
  return {
    created: result.created,
    // The entity the claim was linked to (named, or the one bound to the namespace).
    entityRef: result.claim.entityRef ?? '',
    allocations: result.claim.status.allocations.map(
      a => `${a.cluster} ${a.address}:${a.port}`,
    ),
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
