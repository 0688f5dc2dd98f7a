import type {
  AdminOverview,
  DeletionGuardStatus,
} from '@internal/plugin-porter-common';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { baseUrl } from '../../../__testUtils__/fixtures';
import { overview } from './overview';

/**
 * Serves the overview with `state.guards` (a test changes them as the
 * backend would) and counts the reads; `state.confirmations` is for the
 * test's confirm handler to record bodies in.
 */
export function serveGuards(
  server: SetupServer,
  guards: DeletionGuardStatus[],
) {
  const state = {
    guards,
    overviewReads: 0,
    confirmations: [] as unknown[],
  };
  server.use(
    http.get(`${baseUrl}/admin/overview`, () => {
      state.overviewReads++;
      return HttpResponse.json({
        ...overview,
        deletionGuards: state.guards,
      } satisfies AdminOverview);
    }),
  );
  return state;
}

/** The guard as an administrator's confirmation leaves it. */
export const confirmed = (guard: DeletionGuardStatus): DeletionGuardStatus => ({
  ...guard,
  confirmed: {
    by: 'user:default/ada',
    at: '2026-11-24T09:30:00.000Z',
    objects: guard.wouldDelete,
  },
});
