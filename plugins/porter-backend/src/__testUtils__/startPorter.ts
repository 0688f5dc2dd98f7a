import {
  mockServices,
  ServiceMock,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  AuditorService,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { porterPlugin } from '../plugin';
import {
  ownerOnlyPermissions,
  testEntities,
  testPorterConfig,
} from './fixtures';

/** A test backend with the porter plugin, a catalog of test entities and the owner-only policy. */
export async function startPorter(
  options: { knex?: Knex; porterConfig?: object } = {},
) {
  const auditor: ServiceMock<AuditorService> = mockServices.auditor.mock();
  const events: Array<{
    eventId: string;
    outcome: 'success' | 'fail';
    meta?: any;
  }> = [];
  auditor.createEvent.mockImplementation(async ({ eventId, meta }) => ({
    success: async () => {
      events.push({ eventId, outcome: 'success', meta });
    },
    fail: async () => {
      events.push({ eventId, outcome: 'fail', meta });
    },
  }));
  const backend = await startTestBackend({
    features: [
      porterPlugin,
      mockServices.rootConfig.factory({
        data: { porter: options.porterConfig ?? testPorterConfig },
      }),
      catalogServiceMock.factory({ entities: testEntities }),
      createServiceFactory({
        service: coreServices.permissions,
        deps: {},
        factory: () => ownerOnlyPermissions(),
      }),
      auditor.factory,
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
    ],
  });
  return {
    server: backend.server,
    stop: () => backend.stop(),
    auditEvents: events,
  };
}
