import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  porterAdminConfirmPermission,
  porterAdminReadPermission,
  porterClaimPermissions,
} from '@internal/plugin-porter-common';
import { ClusterClient } from './clusters/ClusterClient';
import { readClusterConnections } from './clusters/readClusterConnections';
import { readPorterConfig } from './config/readPorterConfig';
import { applyMigrations } from './database/migrations';
import { CatalogNamespaceAccess } from './permissions/CatalogNamespaceAccess';
import { ClaimAuthorizer } from './permissions/ClaimAuthorizer';
import { ClusterIdentityResolver } from './permissions/ClusterIdentityResolver';
import { EntityResolver } from './permissions/EntityResolver';
import { NamespaceAuthority } from './permissions/NamespaceAuthority';
import { createGetResources } from './permissions/getResources';
import { porterClaimResourceRef } from './permissions/resource';
import { porterClaimRules } from './permissions/rules';
import { ClusterSync } from './reconcile/ClusterSync';
import { Reconciler } from './reconcile/Reconciler';
import { createRouter } from './router/createRouter';
import { ClaimAdopter } from './service/ClaimAdopter';
import { ClaimInspector } from './service/ClaimInspector';
import { ClaimService } from './service/ClaimService';
import { ClaimSyncer } from './service/ClaimSyncer';
import { ConfigChangeFollower } from './service/ConfigChangeFollower';
import { adminOverview } from './service/adminOverview';
import { DeletionGuards } from './service/DeletionGuards';
import { poolUsage } from './service/poolUsage';

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
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const config = readPorterConfig(deps.rootConfig);
        if (config.instanceDerived) {
          deps.logger.warn(
            `porter.instance is not set: this portal's identity on the objects it writes is '${config.instance}', ` +
              'from backend.baseUrl. Set porter.instance so a change of URL does not change it.',
          );
        }
        const connections = readClusterConnections(deps.rootConfig, config);
        const clients = new Map(
          [...connections.values()].map(c => [
            c.name,
            new ClusterClient(c, config.clusterTimeoutMs),
          ]),
        );
        const knex = await deps.database.getClient();
        if (!deps.database.migrations?.skip) {
          await applyMigrations(knex);
        }

        const entities = new EntityResolver(deps.catalog);
        const ruleset = deps.permissionsRegistry.getPermissionRuleset(
          porterClaimResourceRef,
        );
        const namespaces = new NamespaceAuthority(
          config,
          clients,
          new ClusterIdentityResolver(
            config.authorization,
            deps.catalog,
            deps.userInfo,
            deps.auth,
          ),
          new CatalogNamespaceAccess(deps.permissions, ruleset, entities),
        );
        const authorizer = new ClaimAuthorizer(
          deps.permissions,
          ruleset,
          entities,
          namespaces,
        );
        const syncer = new ClaimSyncer(
          knex,
          config,
          new ClusterSync(clients, config, deps.logger),
          deps.logger,
          deps.auditor,
        );
        const claims = new ClaimService(knex, config, authorizer, syncer);
        const inspector = new ClaimInspector(
          config,
          clients,
          claims,
          authorizer,
          namespaces,
        );
        deps.permissionsRegistry.addResourceType({
          resourceRef: porterClaimResourceRef,
          permissions: porterClaimPermissions,
          rules: Object.values(porterClaimRules),
          getResources: createGetResources({
            db: knex,
            auth: deps.auth,
            entities,
          }),
        });

        deps.permissionsRegistry.addPermissions([
          porterAdminReadPermission,
          porterAdminConfirmPermission,
        ]);

        await claims.syncInventory();
        const reconciler = new Reconciler(
          claims,
          new ClaimAdopter(
            knex,
            config,
            clients,
            syncer,
            entities,
            deps.auth,
            deps.logger,
          ),
          new ConfigChangeFollower(knex, config, syncer, deps.logger),
          deps.logger,
        );
        await deps.scheduler.scheduleTask({
          id: 'porter-reconcile',
          scope: 'global',
          frequency: { seconds: config.reconcileIntervalSeconds },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 5 },
          fn: () => reconciler.run(),
        });
        deps.logger.info(
          `Porter manages ${config.clusters.size} cluster(s): ${
            [...config.clusters.keys()].join(', ') || 'none'
          }; reconciling every ${config.reconcileIntervalSeconds}s`,
        );

        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            permissions: deps.permissions,
            claims,
            inspector,
            namespaces,
            pools: () => poolUsage(knex, config),
            adminOverview: () => adminOverview(knex, config),
            guards: new DeletionGuards(knex, config),
            config,
          }),
        );
      },
    });
  },
});
