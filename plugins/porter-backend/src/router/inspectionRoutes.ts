import { claimIdentitySchema } from '@internal/plugin-porter-common';
import { z } from 'zod';
import { noQuery, parse, requireContentType } from './requestParsing';
import { JSON_TYPES, PorterRouter, RouteContext } from './routeContext';

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

const namespacePath = claimIdentitySchema.pick({
  cluster: true,
  namespace: true,
});

/** Looking inside namespaces and at claims' live state: Services, access, NetworkPolicies, the TCP test. */
export function registerInspectionRoutes(
  router: PorterRouter,
  ctx: RouteContext,
) {
  const { options, caller, audited } = ctx;
  const { inspector } = options;

  router.get(
    '/clusters/:cluster/namespaces/:namespace/services',
    async (req, res) => {
      const who = await caller(req);
      const { cluster, namespace } = parse(namespacePath, req.params, 'path');
      noQuery(req);
      res.json({ items: await inspector.services(cluster, namespace, who) });
    },
  );

  router.get(
    '/clusters/:cluster/namespaces/:namespace/access',
    async (req, res) => {
      const { credentials } = await caller(req);
      const { cluster, namespace } = parse(namespacePath, req.params, 'path');
      noQuery(req);
      res.json(
        await options.namespaces.describe(credentials, cluster, namespace),
      );
    },
  );

  router.get(
    '/clusters/:cluster/namespaces/:namespace/claims/:name/policy',
    async (req, res) => {
      const who = await caller(req);
      const id = parse(claimIdentitySchema, req.params, 'path');
      noQuery(req);
      res.json({ items: await inspector.policy(id, who) });
    },
  );

  router.post(
    '/clusters/:cluster/namespaces/:namespace/claims/:name/policy',
    async (req, res) => {
      const who = await caller(req);
      const id = parse(claimIdentitySchema, req.params, 'path');
      noQuery(req);
      requireContentType(req, JSON_TYPES);
      const body = parse(policyApplyBodySchema, req.body ?? {}, 'body');
      const items = await audited(
        req,
        'claim-policy-apply',
        { ...id, clusters: body.clusters?.join(',') ?? 'all' },
        () => inspector.applyPolicyFix(id, who, body),
        results => ({
          results: results.map(
            r => `${r.cluster}: ${r.applied ?? r.error ?? 'nothing to apply'}`,
          ),
        }),
      );
      res.json({ items });
    },
  );

  router.post(
    '/clusters/:cluster/namespaces/:namespace/claims/:name/test',
    async (req, res) => {
      const who = await caller(req);
      const id = parse(claimIdentitySchema, req.params, 'path');
      noQuery(req);
      requireContentType(req, JSON_TYPES);
      res.json({ items: await inspector.probe(id, who) });
    },
  );
}
