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
import { PorterDatabase } from './database/PorterDatabase';
import { CachedPermissions } from './permissions/CachedPermissions';
import { CatalogNamespaceAccess } from './permissions/CatalogNamespaceAccess';
import { ClaimAuthorizer } from './permissions/ClaimAuthorizer';
import { ClusterIdentityResolver } from './permissions/ClusterIdentityResolver';
import { EntityResolver } from './permissions/EntityResolver';
import { NamespaceAuthority } from './permissions/NamespaceAuthority';
import { createGetResources } from './permissions/getResources';
import { porterClaimResourceRef } from './permissions/resource';
import { porterClaimRules } from './permissions/rules';
import { ClusterViews } from './clusters/watch/ClusterViews';
import { porterFeeds } from './clusters/watch/feeds';
import { instanceSelector } from './planning/labels';
import { ClusterSync } from './reconcile/ClusterSync';
import { createRouter } from './router/createRouter';
import { ClaimAdopter } from './service/ClaimAdopter';
import { ClaimInspector } from './service/ClaimInspector';
import { ClaimService } from './service/ClaimService';
import { ClaimSyncer } from './service/ClaimSyncer';
import { ConfigChangeFollower } from './service/ConfigChangeFollower';
import { adminOverview } from './service/adminOverview';
import { ClaimAllocator } from './service/ClaimAllocator';
import { DeletionGuards } from './service/DeletionGuards';
import { DriftTrigger } from './service/DriftTrigger';
import { poolUsage } from './service/poolUsage';
import { Reconciler } from './service/Reconciler';
import { ServiceFacts } from './service/ServiceFacts';

/**
 * Porter for Backstage: the control plane for TransportServerClaims.
 * This file only wires services together; the logic lives in the folders.
 *
 * @public
 */
export const porterPlugin = createBackendPlugin({
  pluginId: 'porter',
  register(env) {
    env.registerInit({
      deps: {
        rootConfig: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
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
        // What each cluster holds, kept from list + watch: syncs read here and only write to the API.
        const views = new ClusterViews(
          clients,
          porterFeeds(instanceSelector(config.instance)),
          {
            backoff: {
              initialMs: Math.min(1000, config.watchRetryMaxMs),
              maxMs: config.watchRetryMaxMs,
            },
            connectTimeoutMs: config.clusterTimeoutMs,
          },
        );
        views.start();
        // The cluster writes queued after changes finish before the views close.
        let finishWrites = async () => {};
        deps.lifecycle.addShutdownHook(async () => {
          await finishWrites();
          views.stop();
        });
        const stores = await PorterDatabase.create({ database: deps.database });
        const { db } = stores;

        // Answers about a caller are kept for porter.authorization.cacheSeconds, as the cluster's are.
        const cacheMs = config.authorization.cacheSeconds * 1000;
        const permissions = new CachedPermissions(deps.permissions, cacheMs);
        const entities = new EntityResolver(deps.catalog, cacheMs);
        const ruleset = deps.permissionsRegistry.getPermissionRuleset(
          porterClaimResourceRef,
        );
        const namespaces = new NamespaceAuthority({
          config,
          clients,
          identities: new ClusterIdentityResolver({
            config: config.authorization,
            catalog: deps.catalog,
            userInfo: deps.userInfo,
            auth: deps.auth,
          }),
          catalog: new CatalogNamespaceAccess(permissions, ruleset, entities),
        });
        const authorizer = new ClaimAuthorizer({
          permissions,
          ruleset,
          entities,
          namespaces,
        });
        const syncer = new ClaimSyncer({
          db,
          stores,
          config,
          clusterSync: new ClusterSync({
            clients,
            views,
            config,
            logger: deps.logger,
          }),
          logger: deps.logger,
          auditor: deps.auditor,
        });
        const allocator = new ClaimAllocator({
          allocations: stores.allocations,
          retentionDays: config.retentionDays,
          portsPerNamespace: config.portsPerNamespace,
        });
        const claims = new ClaimService({
          db,
          stores,
          allocator,
          config,
          authorizer,
          syncer,
          facts: new ServiceFacts(views),
        });
        finishWrites = () => claims.stop();
        const inspector = new ClaimInspector({
          config,
          clients,
          claims,
          authorizer,
          namespaces,
        });
        deps.permissionsRegistry.addResourceType({
          resourceRef: porterClaimResourceRef,
          permissions: porterClaimPermissions,
          rules: Object.values(porterClaimRules),
          getResources: createGetResources({
            db,
            claims: stores.claims,
            auth: deps.auth,
            entities,
          }),
        });

        deps.permissionsRegistry.addPermissions([
          porterAdminReadPermission,
          porterAdminConfirmPermission,
        ]);

        await claims.syncInventory();
        const reconciler = new Reconciler({
          claims,
          adopter: new ClaimAdopter({
            db,
            stores,
            allocator,
            views,
            syncer,
            entities,
            auth: deps.auth,
            config,
            logger: deps.logger,
          }),
          configChanges: new ConfigChangeFollower({
            db,
            stores,
            allocator,
            syncer,
            config,
            logger: deps.logger,
          }),
          logger: deps.logger,
          trigger: () => deps.scheduler.triggerTask('porter-reconcile'),
        });
        // Drift seen through the watches asks for a pass within seconds.
        const drift = new DriftTrigger({
          views,
          instance: config.instance,
          requestPass: () => reconciler.requestPass(),
          logger: deps.logger,
        });
        syncer.onTargets = (targets, scope) =>
          scope === 'cluster'
            ? drift.setTargets(targets)
            : drift.addTargets(targets);
        drift.start();
        deps.lifecycle.addShutdownHook(() => drift.stop());
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
            permissions,
            claims,
            inspector,
            namespaces,
            pools: () => poolUsage({ db, portUsage: stores.portUsage, config }),
            adminOverview: () => adminOverview({ db, stores, config }),
            guards: new DeletionGuards({
              db,
              store: stores.deletionGuards,
              config,
            }),
            config,
          }),
        );
      },
    });
  },
});
