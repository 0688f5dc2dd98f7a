import {
  claimIdentitySchema,
  porterAdminConfirmPermission,
  porterAdminReadPermission,
} from '@internal/plugin-porter-common';
import { z } from 'zod';
import { toClusterSummary } from '../config/readPorterConfig';
import { noQuery, parse, requireContentType } from './requestParsing';
import { JSON_TYPES, PorterRouter, RouteContext } from './routeContext';

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

/** The clusters, their pools and settings, and the administrators' routes. */
export function registerPlatformRoutes(
  router: PorterRouter,
  ctx: RouteContext,
) {
  const { options, caller, requireAdmin, audited } = ctx;
  const { config } = options;

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
}
