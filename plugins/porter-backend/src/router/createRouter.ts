import express from 'express';
import Router from 'express-promise-router';
import { registerClaimRoutes } from './claimRoutes';
import { registerInspectionRoutes } from './inspectionRoutes';
import { registerPlatformRoutes } from './platformRoutes';
import { bodyErrors, utf8Only } from './requestParsing';
import { createRouteContext, RouterOptions, YAML_TYPES } from './routeContext';

export type { RouterOptions } from './routeContext';

/**
 * The REST API of `src/schema/openapi.yaml`. Thin: parse (every part of a
 * request is checked and a bad one answered with a 4xx naming it), call the
 * service, audit writes. The routes register on this one router, in groups.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(utf8Only);
  router.use(express.json({ limit: '256kb' }));
  router.use(express.text({ type: YAML_TYPES, limit: '256kb' }));
  router.use(bodyErrors);

  const ctx = createRouteContext(options);
  registerPlatformRoutes(router, ctx);
  registerInspectionRoutes(router, ctx);
  registerClaimRoutes(router, ctx);
  return router;
}
