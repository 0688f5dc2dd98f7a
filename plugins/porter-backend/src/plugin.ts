import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { porterPermissions } from '@internal/plugin-porter-common';
import { readPorterConfig } from './config/readPorterConfig';
import { applyMigrations } from './database/migrations';
import { ClaimAuthorizer } from './permissions/ClaimAuthorizer';
import { EntityResolver } from './permissions/EntityResolver';
import { porterClaimResourceRef } from './permissions/resource';
import { porterClaimRules } from './permissions/rules';
import { createGetResources } from './permissions/getResources';
import { createRouter } from './router/createRouter';
import { ClaimService } from './service/ClaimService';

/**
 * Porter for Backstage: the control plane for TransportServerClaims.
 * This file only wires services together; the logic lives in the folders.
 */
export const porterPlugin = createBackendPlugin({
  pluginId: 'porter',
  register(env) {
    env.registerInit({
      deps: {
        rootConfig: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const config = readPorterConfig(deps.rootConfig);
        const knex = await deps.database.getClient();
        if (!deps.database.migrations?.skip) {
          await applyMigrations(knex);
        }

        const entities = new EntityResolver(deps.catalog);
        const claims = new ClaimService(
          knex,
          config,
          new ClaimAuthorizer(
            deps.permissions,
            deps.permissionsRegistry.getPermissionRuleset(
              porterClaimResourceRef,
            ),
            entities,
          ),
        );
        deps.permissionsRegistry.addResourceType({
          resourceRef: porterClaimResourceRef,
          permissions: porterPermissions,
          rules: Object.values(porterClaimRules),
          getResources: createGetResources({
            db: knex,
            auth: deps.auth,
            entities,
          }),
        });

        await claims.syncInventory();
        deps.logger.info(
          `Porter manages ${config.clusters.size} cluster(s): ${
            [...config.clusters.keys()].join(', ') || 'none'
          }`,
        );

        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            claims,
            config,
          }),
        );
      },
    });
  },
});
