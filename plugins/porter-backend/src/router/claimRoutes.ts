import {
  applyClaimBodySchema,
  claimIdentitySchema,
} from '@internal/plugin-porter-common';
import { z } from 'zod';
import { manifestsToYaml } from './manifestsToYaml';
import { parseManifest } from './parseManifest';
import {
  entityRefParameter,
  hasBody,
  labelParameter,
  noQuery,
  parse,
  parseQuery,
  requireContentType,
} from './requestParsing';
import {
  JSON_TYPES,
  PorterRouter,
  RouteContext,
  YAML_TYPES,
} from './routeContext';

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

const applyQuerySchema = z
  .object({
    dryRun: z
      .enum(['true', 'false'], {
        error: "dryRun must be 'true' or 'false', given once",
      })
      .optional(),
  })
  .strict();

/** Claims: list, apply (JSON spec or manifest), read, delete, their manifests and history. */
export function registerClaimRoutes(router: PorterRouter, ctx: RouteContext) {
  const { options, caller, audited } = ctx;
  const { claims } = options;

  router.get('/claims', async (req, res) => {
    const who = await caller(req);
    const filter = parseQuery(listQuerySchema, req);
    res.json(await claims.list(filter, who));
  });

  router.put(
    '/clusters/:cluster/namespaces/:namespace/claims/:name',
    async (req, res) => {
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
    },
  );

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

  router.get(
    '/clusters/:cluster/namespaces/:namespace/claims/:name',
    async (req, res) => {
      const who = await caller(req);
      const id = parse(claimIdentitySchema, req.params, 'path');
      noQuery(req);
      res.json(await claims.get(id, who));
    },
  );

  router.delete(
    '/clusters/:cluster/namespaces/:namespace/claims/:name',
    async (req, res) => {
      const who = await caller(req);
      const id = parse(claimIdentitySchema, req.params, 'path');
      noQuery(req);
      await audited(req, 'claim-delete', id, () => claims.delete(id, who));
      res.status(204).end();
    },
  );

  router.get(
    '/clusters/:cluster/namespaces/:namespace/claims/:name/manifests',
    async (req, res) => {
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
    },
  );

  router.get(
    '/clusters/:cluster/namespaces/:namespace/claims/:name/history',
    async (req, res) => {
      const who = await caller(req);
      const id = parse(claimIdentitySchema, req.params, 'path');
      noQuery(req);
      res.json({ items: await claims.history(id, who) });
    },
  );
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
