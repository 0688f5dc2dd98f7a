import express from 'express';
import Router from 'express-promise-router';
import { createOpenApiRouter } from '../schema/openapi/generated/router';
import { registerClaimRoutes } from './claimRoutes';
import { databaseErrors } from './databaseErrors';
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
  // Typed by the contract; requests are checked by each route's own zod
  // schema, whose messages name the field and the rule (the OpenAPI
  // validator's do not), so the validator only serves /openapi.json here.
  const api = await createOpenApiRouter({
    validatorOptions: {
      validateRequests: false,
      validateResponses: false,
      validateSecurity: false,
    },
    // Bodies are read below, where their errors keep their own status (413, 415).
    middleware: [(_req, _res, next) => next()],
  });
  const ctx = createRouteContext(options);
  registerPlatformRoutes(api, ctx);
  registerInspectionRoutes(api, ctx);
  registerClaimRoutes(api, ctx);

  const router = Router();
  router.use(utf8Only);
  router.use(express.json({ limit: '256kb' }));
  router.use(express.text({ type: YAML_TYPES, limit: '256kb' }));
  router.use(bodyErrors);
  router.use(api);
  router.use(databaseErrors);
  return router;
}
